package id.terpadu.community;

import java.time.Clock;
import java.util.HexFormat;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window rate limits of the public page, counted in the database ({@code public_report_rate}) so that
 * every node sees the same counts. A hit increments its bucket's row for the current clock hour in its own
 * transaction (the row lock orders concurrent hits from several nodes); the first hit of an hour inserts the row
 * and deletes rows of earlier hours. Client addresses enter a bucket only as a keyed hash ({@link #clientBucket}).
 */
@Component
public class PublicRateLimiter {

  /** The outcome of one hit: allowed, or refused until the window ends. */
  public record Verdict(boolean allowed, long retryAfterSeconds) {}

  private final JdbcTemplate jdbc;
  private final PublicReportKey key;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  public PublicRateLimiter(JdbcTemplate jdbc, PublicReportKey key, Clock clock, PlatformTransactionManager tx) {
    this.jdbc = jdbc;
    this.key = key;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(tx);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The bucket of a client address for one purpose ({@code report}, {@code status}): a keyed hash, never the address. */
  public String clientBucket(String purpose, String clientAddress) {
    byte[] mac = key.hmac("client:" + clientAddress);
    return purpose + ":" + HexFormat.of().formatHex(mac, 0, 16);
  }

  /** The bucket of a village. */
  public static String villageBucket(String villageCode) {
    return "village:" + villageCode;
  }

  /** Counts one hit on the bucket; refused when the bucket already had {@code limit} hits this hour. */
  public Verdict hit(String bucket, int limit) {
    long nowSecond = clock.instant().getEpochSecond();
    long hour = Math.floorDiv(nowSecond, 3600);
    int hits = 0;
    for (int attempt = 0; ; attempt++) {
      try {
        hits = ownTransaction.execute(status -> increment(bucket, hour));
        break;
      } catch (DataIntegrityViolationException concurrentFirstHit) {
        if (attempt >= 2) {
          throw concurrentFirstHit;
        }
      }
    }
    return hits > limit ? new Verdict(false, Math.max(1, (hour + 1) * 3600 - nowSecond)) : new Verdict(true, 0);
  }

  /** Hits of the bucket in the current hour (for tests and operators). */
  public int hits(String bucket) {
    long hour = Math.floorDiv(clock.instant().getEpochSecond(), 3600);
    return jdbc.queryForList("SELECT hits FROM public_report_rate WHERE bucket = ? AND window_hour = ?",
        Integer.class, bucket, hour).stream().findFirst().orElse(0);
  }

  private int increment(String bucket, long hour) {
    int updated = jdbc.update("UPDATE public_report_rate SET hits = hits + 1 WHERE bucket = ? AND window_hour = ?",
        bucket, hour);
    if (updated == 0) {
      jdbc.update("INSERT INTO public_report_rate (bucket, window_hour, hits) VALUES (?, ?, 1)", bucket, hour);
      jdbc.update("DELETE FROM public_report_rate WHERE window_hour < ?", hour);
    }
    return jdbc.queryForObject("SELECT hits FROM public_report_rate WHERE bucket = ? AND window_hour = ?",
        Integer.class, bucket, hour);
  }
}
