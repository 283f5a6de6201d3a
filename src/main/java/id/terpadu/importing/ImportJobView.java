package id.terpadu.importing;

import java.time.Instant;
import java.util.List;

/**
 * An import job as {@code /api/import} answers it.
 *
 * @param total data rows in the file
 * @param processed rows handled so far (imported + skipped + rejected); {@code processed / total} is the progress
 * @param imported rows stored as new records
 * @param skipped rows already stored (same NIK, source id, or a likely duplicate of a row without either)
 * @param rejected rows refused, with the reason, in {@code errors} (the first ones) and in the rejected-rows CSV
 * @param moreErrors whether more rows were rejected than {@code errors} lists
 * @param rejectedCsv where the rejected rows are downloaded
 * @param failure why a FAILED job stopped (no row data)
 */
public record ImportJobView(String jobId, String kind, String status, long total, long processed, long imported,
    long skipped, long rejected, List<ImportJobs.RowError> errors, boolean moreErrors, String fileName,
    String createdBy, Instant createdAt, Instant finishedAt, String rejectedCsv, String failure) {

  static ImportJobView of(ImportJob job, List<ImportJobs.RowError> errors) {
    return new ImportJobView(job.id(), job.kind(), job.status().name(), job.total(), job.processed(),
        job.imported(), job.skipped(), job.rejected(), errors, job.rejected() > errors.size(), job.fileName(),
        job.createdBy(), job.createdAt(), job.finishedAt(), "/api/import/jobs/" + job.id() + "/rejected.csv",
        job.status() == ImportJob.Status.FAILED ? job.failure() : null);
  }
}
