package id.terpadu.importing;

import id.terpadu.access.RegionScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One row of {@code import_job}, as read. */
record ImportJob(String id, String kind, Status status, String fileName, long fileSize, String fileSha256,
    char separator, List<String> header, String createdBy, List<String> ownerUnits, RegionScope scope,
    Instant createdAt, Instant updatedAt, Instant finishedAt, long total, long processed, long imported,
    long skipped, long rejected, int attempts, String claimedBy, Instant claimedUntil, String failure) {

  enum Status { RUNNING, DONE, FAILED }

  static final String COLUMNS = "id, kind, status, file_name, file_size, file_sha256, separator, header,"
      + " created_by, owner_units, scope_codes, created_at, updated_at, finished_at, total_rows, processed_rows,"
      + " imported_rows, skipped_rows, rejected_rows, attempts, claimed_by, claimed_until, failure";

  static ImportJob map(ResultSet rs, int row) throws SQLException {
    String scope = rs.getString("scope_codes");
    return new ImportJob(rs.getString("id"), rs.getString("kind"), Status.valueOf(rs.getString("status")),
        rs.getString("file_name"), rs.getLong("file_size"), rs.getString("file_sha256"),
        rs.getString("separator").charAt(0), split(rs.getString("header")), rs.getString("created_by"),
        split(rs.getString("owner_units")), scope == null ? null : RegionScope.of(split(scope)),
        instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "finished_at"), rs.getLong("total_rows"),
        rs.getLong("processed_rows"), rs.getLong("imported_rows"), rs.getLong("skipped_rows"),
        rs.getLong("rejected_rows"), rs.getInt("attempts"), rs.getString("claimed_by"),
        instant(rs, "claimed_until"), rs.getString("failure"));
  }

  /** Comma-separated values (header names and codes never contain commas: the header is normalised). */
  static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",", -1));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
