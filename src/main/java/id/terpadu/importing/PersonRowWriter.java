package id.terpadu.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores valid person rows set-based, without JPA entities, inside the caller's transaction. A row whose NIK or
 * source id is already stored is not inserted (it counts as skipped): the unique constraints on
 * {@code person.nik} and {@code person.source_id} decide, so a re-import or a resumed job changes nothing.
 * Ids come from {@code person_seq} one value per row, which never collides with the blocks Hibernate's pooled
 * optimizer takes from the same sequence.
 * <ul>
 *   <li>PostgreSQL: one statement per batch, {@code INSERT … SELECT … FROM unnest(arrays) ON CONFLICT DO
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
    String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    return "PostgreSQL".equalsIgnoreCase(product) ? new Postgres(jdbc) : new Portable(jdbc);
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** One statement per batch with the rows as arrays. */
  static final class Postgres extends PersonRowWriter {

    private static final String SQL = "INSERT INTO person (" + COLUMNS + ")"
        + " SELECT nextval('person_seq'), r.nik, r.kk, r.name, r.name_key, r.sex, CAST(r.birth_date AS DATE),"
        + " r.birth_place, r.phone, r.disability, r.source_id, substr(r.village_code, 1, 2),"
        + " substr(r.village_code, 1, 4), substr(r.village_code, 1, 6), r.village_code, ?, ?, 0"
        + " FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]),"
        + " CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]),"
        + " CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]))"
        + " AS r(nik, kk, name, name_key, sex, birth_date, birth_place, phone, disability, source_id, village_code)"
        + " ON CONFLICT DO NOTHING";

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
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
          statement.setObject(1, utc(now));
          statement.setObject(2, utc(now));
          int p = 3;
          statement.setArray(p++, array(connection, rows, PersonRow::nik));
          statement.setArray(p++, array(connection, rows, PersonRow::kk));
          statement.setArray(p++, array(connection, rows, PersonRow::name));
          statement.setArray(p++, array(connection, rows, PersonRow::nameKey));
          statement.setArray(p++, array(connection, rows, PersonRow::sex));
          statement.setArray(p++, array(connection, rows, r -> r.birthDate().toString()));
          statement.setArray(p++, array(connection, rows, PersonRow::birthPlace));
          statement.setArray(p++, array(connection, rows, PersonRow::phone));
          statement.setArray(p++, array(connection, rows, PersonRow::disability));
          statement.setArray(p++, array(connection, rows, PersonRow::sourceId));
          statement.setArray(p, array(connection, rows, PersonRow::villageCode));
          return statement.executeUpdate();
        }
      });
      return inserted == null ? 0 : inserted;
    }

    private static Array array(Connection connection, List<PersonRow> rows, Function<PersonRow, String> value)
        throws java.sql.SQLException {
      return connection.createArrayOf("varchar", rows.stream().map(value).toArray(String[]::new));
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
      Set<String> niks = stored("nik", rows.stream().map(PersonRow::nik).filter(Objects::nonNull).toList());
      Set<String> sources =
          stored("source_id", rows.stream().map(PersonRow::sourceId).filter(Objects::nonNull).toList());
      List<PersonRow> fresh = new ArrayList<>();
      for (PersonRow r : rows) {
        boolean known = r.nik() != null ? !niks.add(r.nik()) : false;
        known |= r.sourceId() != null && sources.contains(r.sourceId());
        if (!known) {
          if (r.sourceId() != null) {
            sources.add(r.sourceId());
          }
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
