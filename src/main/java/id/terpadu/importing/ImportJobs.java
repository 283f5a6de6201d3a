package id.terpadu.importing;

import id.terpadu.access.Caller;
import id.terpadu.web.CsvCells;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs in the database: accepting an upload (checked and stored in one pass, in one transaction, so a bad
 * file leaves nothing behind), and reading jobs and their rejected rows. Running them is {@link ImportRunner}'s.
 */
public class ImportJobs {

  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
  private static final Pattern UNIT_GROUP = Pattern.compile("[a-z]+-(\\d{4})");
  static final int MAX_ROW_TEXT = 4000;
  static final int MAX_REASON = 2000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  public ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** A job and the token of the claim its runner holds. */
  public record Claim(String jobId, String token) {}

  /**
   * Checks an upload and stores it as a new RUNNING job, claimed with {@code token} for {@code claimTimeout}
   * (the node that accepted it runs it; another node takes over if it dies). The file is read once: decoded,
   * parsed to the end (every record counted) and written to the database in chunks as it goes.
   *
   * @param anyRegion whether the importer may import into any region (administrator); else their scope applies
   * @throws ImportFileException when the file cannot be imported; nothing is stored
   */
  public Claim accept(ImportKind kind, Caller caller, boolean anyRegion, String fileName, InputStream upload,
      String token, java.time.Duration claimTimeout) {
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    newTransaction.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO import_job (id, kind, status, file_name, file_size, file_sha256, separator, header,"
          + " created_by, owner_units, scope_codes, created_at, updated_at, total_rows, attempts, claimed_by,"
          + " claimed_until) VALUES (?, ?, 'RUNNING', ?, 0, '', ',', '', ?, ?, ?, ?, ?, 0, 1, ?, ?)",
          id, kind.name(), cut(fileName == null || fileName.isBlank() ? "(tanpa nama)" : fileName, 255),
          caller.userId(), String.join(",", units(caller.groupIds())),
          anyRegion ? null : cut(String.join(",", caller.scope().codes()), 4000), PersonRowWriter.utc(now),
          PersonRowWriter.utc(now), token, PersonRowWriter.utc(now.plus(claimTimeout)));
      FileChunks.Writer chunks = new FileChunks.Writer(jdbc, id);
      FileChunks.Tee tee = new FileChunks.Tee(upload, chunks);
      try {
        CsvReader csv = CsvReader.open(tee);
        ImportColumns columns = ImportColumns.of(csv.header(), kind.requiredColumns(), kind.optionalColumns());
        long total = 0;
        while (csv.next() != null) {
          total++;
        }
        if (total == 0) {
          throw new ImportFileException(ImportFileException.NO_ROWS,
              "Berkas hanya berisi judul kolom: tidak ada baris data.");
        }
        tee.drain();
        chunks.close();
        jdbc.update("UPDATE import_job SET file_size = ?, file_sha256 = ?, separator = ?, header = ?,"
            + " total_rows = ? WHERE id = ?", tee.count(), tee.sha256(), String.valueOf(csv.delimiter()),
            cut(String.join(",", columns.names()), 4000), total, id);
        LOG.info("Import job {} ({}) accepted from {}: {} bytes, {} rows", id, kind.name(), caller.userId(),
            tee.count(), total);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the uploaded file", e);
      }
    });
    return new Claim(id, token);
  }

  public Optional<ImportJob> find(String id) {
    if (id == null || id.length() > 36) {
      return Optional.empty();
    }
    return jdbc.query("SELECT " + ImportJob.COLUMNS + " FROM import_job WHERE id = ?", ImportJob::map, id)
        .stream().findFirst();
  }

  /** One rejected row in a job body. */
  public record RowError(long line, String message) {}

  /** The first rejected rows of a job, by line. */
  public List<RowError> errors(String jobId, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return jdbc.query("SELECT line_number, reason FROM import_job_rejected WHERE job_id = ? ORDER BY line_number"
        + " FETCH FIRST " + limit + " ROWS ONLY", (rs, n) -> new RowError(rs.getLong(1), rs.getString(2)), jobId);
  }

  /**
   * Writes a job's rejected rows as CSV (UTF-8 with a byte order mark, for spreadsheets; the file's own
   * separator): {@code line}, {@code reason}, then the row's fields as read, under the file's column names.
   */
  public void writeRejected(ImportJob job, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      char sep = job.separator();
      writer.write('\uFEFF');
      writer.write(csvLine(sep, concat(List.of("line", "reason"), job.header())));
      jdbc.query("SELECT line_number, reason, row_text FROM import_job_rejected WHERE job_id = ?"
          + " ORDER BY line_number", rs -> {
            try {
              writer.write(csvField(sep, String.valueOf(rs.getLong(1))) + sep + csvField(sep, rs.getString(2)) + sep
                  + rs.getString(3) + "\r\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }, job.id());
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records rejected rows of a batch (in the batch's transaction). */
  void reject(String jobId, char separator, List<ImportKind.Rejection> rejections) {
    if (rejections.isEmpty()) {
      return;
    }
    jdbc.batchUpdate("INSERT INTO import_job_rejected (job_id, line_number, reason, row_text) VALUES (?, ?, ?, ?)",
        rejections, rejections.size(), (statement, r) -> {
          statement.setString(1, jobId);
          statement.setLong(2, r.line());
          statement.setString(3, cut(r.reason(), MAX_REASON));
          statement.setString(4, cut(csvLine(separator, r.fields()).stripTrailing(), MAX_ROW_TEXT));
        });
  }

  /** The regencies of a caller's unit groups ({@code supervisor-3504} → {@code 3504}). */
  static Set<String> units(List<String> groupIds) {
    Set<String> units = new LinkedHashSet<>();
    for (String group : groupIds) {
      Matcher m = UNIT_GROUP.matcher(group);
      if (m.matches()) {
        units.add(m.group(1));
      }
    }
    return units;
  }

  /** One line of the rejected-rows file: through {@link CsvCells}, so that a spreadsheet runs no formula in it. */
  static String csvLine(char separator, List<String> fields) {
    return CsvCells.line(fields, separator) + "\r\n";
  }

  static String csvField(char separator, String value) {
    return CsvCells.cell(value, separator);
  }

  static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
