package id.terpadu.community;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret that signs the public page's form tokens and keys the hash of client addresses. It lives in the
 * database ({@code public_report_key}): the first node that needs it creates it, every node reads the same one,
 * so a token issued by one node is accepted by another and rate-limit buckets agree. Kept in memory once read
 * (it never changes).
 */
@Component
class PublicReportKey {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private volatile byte[] secret;

  PublicReportKey(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** HMAC-SHA256 of the text under the secret. */
  byte[] hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private byte[] secret() {
    byte[] known = secret;
    if (known == null) {
      known = HexFormat.of().parseHex(load());
      secret = known;
    }
    return known;
  }

  private String load() {
    for (int attempt = 0; attempt < 3; attempt++) {
      List<String> found = read();
      if (!found.isEmpty()) {
        return found.get(0);
      }
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
            "INSERT INTO public_report_key (id, secret) VALUES (1, ?)", HexFormat.of().formatHex(fresh)));
      } catch (DataIntegrityViolationException anotherNodeWasFirst) {
        // read it on the next round
      }
    }
    List<String> found = read();
    if (found.isEmpty()) {
      throw new IllegalStateException("The public report key could not be created");
    }
    return found.get(0);
  }

  private List<String> read() {
    return ownTransaction.execute(
        status -> jdbc.queryForList("SELECT secret FROM public_report_key WHERE id = 1", String.class));
  }
}
