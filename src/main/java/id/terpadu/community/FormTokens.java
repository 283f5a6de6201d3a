package id.terpadu.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tokens of the public report form: the page fetches one when it opens ({@code GET /api/public/report-form})
 * and sends it back in the {@code X-Form-Token} header. A token is {@code <issued epoch second>.<nonce>.<HMAC>}
 * under the shared {@link PublicReportKey}: no server state, valid on every node. A report sent sooner than the
 * minimum fill time after the token was issued is refused (bots fill forms instantly), as is a token older than
 * the maximum age, a forged one, or none. The custom header also means a cross-site page cannot send the report
 * without a CORS preflight, which Terpadu does not grant (see docs/adr/0021-community-reports.md).
 */
@Component
public class FormTokens {

  /** The result of checking a token. */
  public enum Check { OK, MISSING, INVALID, TOO_FAST, EXPIRED }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final PublicReportKey key;
  private final Clock clock;
  private final Duration minFill;
  private final Duration maxAge;

  public FormTokens(PublicReportKey key, Clock clock,
      @Value("${terpadu.community.form.min-fill-seconds:5}") long minFillSeconds,
      @Value("${terpadu.community.form.max-age-hours:12}") long maxAgeHours) {
    this.key = key;
    this.clock = clock;
    this.minFill = Duration.ofSeconds(minFillSeconds);
    this.maxAge = Duration.ofHours(maxAgeHours);
  }

  public Duration minFill() {
    return minFill;
  }

  /** A token issued now. */
  public String issue() {
    return issue(clock.instant());
  }

  /** A token issued at the given time (tests use an earlier time instead of waiting). */
  public String issue(Instant issuedAt) {
    byte[] nonce = new byte[9];
    RANDOM.nextBytes(nonce);
    String payload = issuedAt.getEpochSecond() + "." + B64.encodeToString(nonce);
    return payload + "." + sign(payload);
  }

  public Check check(String token) {
    if (token == null || token.isBlank()) {
      return Check.MISSING;
    }
    String[] parts = token.trim().split("\\.");
    if (parts.length != 3 || parts[0].length() > 12) {
      return Check.INVALID;
    }
    String payload = parts[0] + "." + parts[1];
    if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Check.INVALID;
    }
    Instant issued;
    try {
      issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
    } catch (RuntimeException e) {
      return Check.INVALID;
    }
    Instant now = clock.instant();
    if (now.isBefore(issued.plus(minFill))) {
      return Check.TOO_FAST;
    }
    if (now.isAfter(issued.plus(maxAge))) {
      return Check.EXPIRED;
    }
    return Check.OK;
  }

  private String sign(String payload) {
    return B64.encodeToString(key.hmac("form:" + payload));
  }
}
