package id.terpadu.importing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import jobs ({@code terpadu.import.*}).
 *
 * @param maxFileSize largest file accepted; a larger upload is answered 413 (this sets the multipart limits)
 * @param batchSize rows validated and stored per transaction
 * @param claimTimeout how long a node's claim on a job lasts without progress; renewed after every batch. A job
 *     whose node died is taken over by another node after this time
 * @param maxAttempts claims of one job before it is marked FAILED (a job that keeps failing)
 * @param retryDelay wait before a job whose run failed is claimed again
 * @param workerEnabled whether this node looks for jobs to take over ({@code pollInterval}); jobs uploaded to a
 *     node start on it at once either way
 * @param pollInterval pause between two looks for unclaimed or abandoned jobs
 * @param threads jobs one node runs at the same time
 * @param waitTimeout longest time {@code ?wait=true} waits for a job run by another node
 * @param errorsShown rejected rows listed in the job body (all of them are in the rejected-rows CSV)
 * @param batchesInFlight batches of one job stored at the same time, each in its own transaction on its own
 *     connection (ADR 0043); 1 stores them one after the other
 */
@ConfigurationProperties("terpadu.import")
public record ImportProperties(
    @DefaultValue("500MB") DataSize maxFileSize,
    @DefaultValue("5000") int batchSize,
    @DefaultValue("PT2M") Duration claimTimeout,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("PT30S") Duration retryDelay,
    @DefaultValue("true") boolean workerEnabled,
    @DefaultValue("PT30S") Duration pollInterval,
    @DefaultValue("2") int threads,
    @DefaultValue("PT10M") Duration waitTimeout,
    @DefaultValue("100") int errorsShown,
    @DefaultValue("2") int batchesInFlight) {

  public ImportProperties {
    if (batchSize < 1 || maxAttempts < 1 || threads < 1 || batchesInFlight < 1 || errorsShown < 0) {
      throw new IllegalArgumentException("terpadu.import: batch-size, max-attempts, threads and batches-in-flight"
          + " must be at least 1, errors-shown at least 0");
    }
  }
}
