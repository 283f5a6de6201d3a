package id.terpadu.importing;

import id.terpadu.access.Caller;
import id.terpadu.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import (docs/import.md): upload a CSV file of one kind, follow its job, download its rejected rows.
 * Who may do what is {@link ImportAccess}'s. A file over {@code terpadu.import.max-file-size} is refused with
 * 413 before it reaches this controller (the multipart limits; the API's exception handler answers
 * problem+json).
 */
@RestController
@RequestMapping("/api/import")
public class ImportController {

  public static final String FILE_INVALID = "IMPORT_FILE_INVALID";
  public static final String KIND_NOT_FOUND = "IMPORT_KIND_NOT_FOUND";
  private static final long WAIT_POLL_MILLIS = 250;

  private final ImportJobs jobs;
  private final ImportRunner runner;
  private final ImportWorkers workers;
  private final ImportAccess access;
  private final ImportProperties properties;

  ImportController(ImportJobs jobs, ImportRunner runner, ImportWorkers workers, ImportAccess access,
      ImportProperties properties) {
    this.jobs = jobs;
    this.runner = runner;
    this.workers = workers;
    this.access = access;
    this.properties = properties;
  }

  @Operation(summary = "Start an import job from a CSV file (multipart field 'file'): 202 with the job, or with"
      + " wait=true 200 with the finished job")
  @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImportJobView> upload(
      @Parameter(description = "What is imported: persons, dtks, cases or outreach") @PathVariable String kind,
      @RequestPart("file") MultipartFile file,
      @Parameter(description = "Answer when the job is done (for scripts and small files)")
      @RequestParam(defaultValue = "false") boolean wait) {
    ImportKind importKind = runner.kind(kind);
    if (importKind == null) {
      throw ApiException.notFound(KIND_NOT_FOUND, "No import of this kind.");
    }
    Caller caller = access.importer(importKind);
    ImportJobs.Claim claim;
    try (InputStream in = file.getInputStream()) {
      claim = jobs.accept(importKind, caller, access.anyRegion(caller), file.getOriginalFilename(), in,
          runner.newToken(), properties.claimTimeout());
    } catch (ImportFileException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, FILE_INVALID,
          "The file cannot be imported (" + e.getMessage() + ").", e.problems());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the upload", e);
    }
    if (wait) {
      runner.run(claim);
      return ResponseEntity.ok(awaitView(claim.jobId()));
    }
    workers.start(claim);
    return ResponseEntity.accepted().location(URI.create("/api/import/jobs/" + claim.jobId()))
        .body(view(jobs.find(claim.jobId()).orElseThrow()));
  }

  @Operation(summary = "An import job: status, counts, the first rejected rows; wait=true answers when it is done")
  @GetMapping("/jobs/{jobId}")
  public ImportJobView job(@PathVariable String jobId,
      @Parameter(description = "Wait (up to terpadu.import.wait-timeout) until the job is done")
      @RequestParam(defaultValue = "false") boolean wait) {
    ImportJob job = access.readable(runner, jobs, jobId);
    return wait ? awaitView(job.id()) : view(job);
  }

  @Operation(summary = "The rejected rows of an import job as CSV: line, reason, then the row as read")
  @GetMapping("/jobs/{jobId}/rejected.csv")
  public void rejected(@PathVariable String jobId, HttpServletResponse response) throws IOException {
    ImportJob job = access.readable(runner, jobs, jobId);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"ditolak-" + job.id() + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    jobs.writeRejected(job, response.getOutputStream());
  }

  /** What the page needs to know before an upload. */
  public record Limits(long maxFileSize) {}

  @Operation(summary = "Import limits: the largest file accepted, in bytes")
  @GetMapping("/limits")
  public Limits limits() {
    access.anyImporter();
    return new Limits(properties.maxFileSize().toBytes());
  }

  private ImportJobView view(ImportJob job) {
    return ImportJobView.of(job, jobs.errors(job.id(), properties.errorsShown()));
  }

  /** The job once it is no longer RUNNING, or as it is when the wait times out. */
  private ImportJobView awaitView(String jobId) {
    Instant until = Instant.now().plus(properties.waitTimeout());
    ImportJob job = jobs.find(jobId).orElseThrow();
    while (job.status() == ImportJob.Status.RUNNING && Instant.now().isBefore(until)) {
      try {
        runner.awaitAnyEnd(WAIT_POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      job = jobs.find(jobId).orElseThrow();
    }
    return view(job);
  }
}
