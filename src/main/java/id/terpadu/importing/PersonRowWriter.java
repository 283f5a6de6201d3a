package id.terpadu.importing;

import id.terpadu.database.Databases;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores valid person rows set-based, without JPA entities, inside the caller's transaction. A row whose NIK or
 * source id is already stored is not inserted (it counts as skipped): the unique constraints on
 * {@code person.nik} and {@code person.source_id} decide, so a re-import or a resumed job changes nothing.
 * Ids come from {@code person_seq} one value per row, which never collides with the blocks Hibernate's pooled
 * optimizer takes from the same sequence.
 * <ul>
 *   <li>PostgreSQL: {@code COPY} into a temporary staging table, then one {@code INSERT … SELECT … ON CONFLICT DO
 *   NOTHING}; its update count is the number inserted.</li>
 *   <li>H2 (development and tests): the stored NIKs and source ids of the batch are looked up first, the other
 *   rows inserted with a plain JDBC batch.</li>
 * </ul>
 */
abstract class PersonRowWriter {

  static final String COLUMNS = "id, nik, kk, name, name_key, sex, birth_date, birth_place, phone, disability,"
      + " source_id, province_code, regency_code, district_code, village_code, created_at, updated_at, version";

  /** Inserts the rows that are not stored yet; returns how many it inserted. */
  abstract int insert(List<PersonRow> rows, Instant now);

  static PersonRowWriter forDatabase(JdbcTemplate jdbc) {
    return Databases.isPostgres(jdbc) ? new Postgres(jdbc) : new Portable(jdbc);
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * {@code COPY} of the batch into a temporary staging table (not WAL-logged, one per database session, emptied at
   * every commit), then one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} into {@code person}: in file order
   * when a NIK or source id repeats in the batch, so that of two such rows the first is stored, else in NIK order
   * ({@link #order}). The batch's transaction does not wait for its commit to reach the disk
   * ({@code synchronous_commit = off}): a commit lost in a crash loses the job's progress with it, and the job
   * resumes before that batch (ADR 0028).
   */
  static final class Postgres extends PersonRowWriter {

    static final String STAGE = "person_import_stage";
    private static final String CREATE_STAGE = "CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGE
        + " (ord INTEGER NOT NULL, nik VARCHAR(16), kk VARCHAR(16), name VARCHAR(200), name_key VARCHAR(200),"
        + " sex VARCHAR(1), birth_date DATE, birth_place VARCHAR(100), phone VARCHAR(30), disability VARCHAR(200),"
        + " source_id VARCHAR(100), village_code VARCHAR(10)) ON COMMIT DELETE ROWS";
    private static final String COPY = "COPY " + STAGE + " (ord, nik, kk, name, name_key, sex, birth_date,"
        + " birth_place, phone, disability, source_id, village_code) FROM STDIN";
    private static final String MERGE = "INSERT INTO person (" + COLUMNS + ")"
        + " SELECT nextval('person_seq'), s.nik, s.kk, s.name, s.name_key, s.sex, s.birth_date, s.birth_place,"
        + " s.phone, s.disability, s.source_id, substr(s.village_code, 1, 2), substr(s.village_code, 1, 4),"
        + " substr(s.village_code, 1, 6), s.village_code, ?, ?, 0 FROM " + STAGE + " s ORDER BY ";
    /** File order: of two rows of the batch with the same NIK or source id, the first is stored. */
    static final String IN_FILE_ORDER = "s.ord ON CONFLICT DO NOTHING";
    /**
     * NIK order, for a batch in which no NIK and no source id repeats: then no row's outcome depends on another
     * row of the batch, only on what is stored, so the order cannot change what is stored; and a NIK begins with
     * the district's code, so the rows reach the NIK index and the region indexes (V55) grouped by district, each
     * index page read once for its rows instead of once per row: 15–25 % of the merge's time (ADR 0048).
     * The ids follow the order too (PostgreSQL evaluates {@code nextval} after the sort).
     */
    static final String BY_NIK = "s.nik, s.ord ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;

    Postgres(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    int insert(List<PersonRow> rows, Instant now) {
      if (rows.isEmpty()) {
        return 0;
      }
      Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET LOCAL synchronous_commit = off");
          statement.execute(CREATE_STAGE);
          // Emptied at commit; a second insert in the same transaction (a batch's rows stored after its ahead
          // rows, ADR 0043) must not merge the first one's rows again.
          statement.execute("DELETE FROM " + STAGE);
        }
        try {
          connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(copyText(rows)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        try (PreparedStatement statement = connection.prepareStatement(MERGE + order(rows))) {
          statement.setObject(1, utc(now));
          statement.setObject(2, utc(now));
          return statement.executeUpdate();
        }
      });
      return inserted == null ? 0 : inserted;
    }

    /** The merge's order: NIK order unless a NIK or a source id repeats in the rows, else file order. */
    static String order(List<PersonRow> rows) {
      PersonImport.Keys seen = PersonImport.Keys.empty();
      for (PersonRow r : rows) {
        if (seen.holds(r)) {
          return IN_FILE_ORDER;
        }
        seen.add(r);
      }
      return BY_NIK;
    }

    /** The rows in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static String copyText(List<PersonRow> rows) {
      StringBuilder out = new StringBuilder(rows.size() * 128);
      int ord = 0;
      for (PersonRow r : rows) {
        out.append(ord++);
        for (String value : new String[] {r.nik(), r.kk(), r.name(), r.nameKey(), r.sex(),
            r.birthDate().toString(), r.birthPlace(), r.phone(), r.disability(), r.sourceId(), r.villageCode()}) {
          out.append('\t');
          field(out, value);
        }
        out.append('\n');
      }
      return out.toString();
    }

    private static void field(StringBuilder out, String value) {
      if (value == null) {
        out.append("\\N");
        return;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append(c);
        }
      }
    }
  }

  /**
   * Looks up which NIKs and source ids of the batch are stored (one query per 500 values), then inserts the
   * others with a plain JDBC batch. H2 plans conditional inserts ({@code WHERE NOT EXISTS}) badly, so the check
   * runs first; two jobs inserting the same new NIK at the same moment make the later batch fail on the unique
   * constraint, and its job retries it (it then finds the NIK stored). Good enough for the development database.
   */
  static final class Portable extends PersonRowWriter {

    private static final String SQL = "INSERT INTO person (" + COLUMNS + ")"
        + " VALUES (NEXT VALUE FOR person_seq, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final int SLICE = 500;

    private final JdbcTemplate jdbc;

    Portable(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    int insert(List<PersonRow> rows, Instant now) {
      PersonImport.Keys known = new PersonImport.Keys(
          stored("nik", rows.stream().map(PersonRow::nik).filter(Objects::nonNull).toList()),
          stored("source_id", rows.stream().map(PersonRow::sourceId).filter(Objects::nonNull).toList()));
      List<PersonRow> fresh = new ArrayList<>();
      for (PersonRow r : rows) {
        // As the unique keys decide row after row: a row skipped for one key does not take the other.
        if (!known.holds(r)) {
          known.add(r);
          fresh.add(r);
        }
      }
      if (fresh.isEmpty()) {
        return 0;
      }
      OffsetDateTime at = utc(now);
      jdbc.batchUpdate(SQL, fresh, fresh.size(), (statement, r) -> {
        int p = 1;
        statement.setString(p++, r.nik());
        statement.setString(p++, r.kk());
        statement.setString(p++, r.name());
        statement.setString(p++, r.nameKey());
        statement.setString(p++, r.sex());
        statement.setObject(p++, r.birthDate());
        statement.setString(p++, r.birthPlace());
        statement.setString(p++, r.phone());
        statement.setString(p++, r.disability());
        statement.setString(p++, r.sourceId());
        statement.setString(p++, r.provinceCode());
        statement.setString(p++, r.regencyCode());
        statement.setString(p++, r.districtCode());
        statement.setString(p++, r.villageCode());
        statement.setObject(p++, at);
        statement.setObject(p, at);
      });
      return fresh.size();
    }

    /** Which of the values are stored in the column (nik or source_id: both unique and indexed). */
    private Set<String> stored(String column, List<String> values) {
      Set<String> found = new HashSet<>();
      for (int from = 0; from < values.size(); from += SLICE) {
        List<String> slice = values.subList(from, Math.min(values.size(), from + SLICE));
        found.addAll(jdbc.queryForList("SELECT " + column + " FROM person WHERE " + column + " IN ("
            + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")", String.class, slice.toArray()));
      }
      return found;
    }
  }
}
