package id.terpadu.vulnerable;

import id.terpadu.importing.CsvReader;
import id.terpadu.importing.ImportColumns;
import id.terpadu.importing.ImportKind;
import id.terpadu.organisation.Roles;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The DTKS matching file (kind {@code dtks}, {@code POST /api/import/dtks}; columns in docs/import.md): sets the
 * DTKS status of registry entries by NIK. Supervisors within their region scope, administrators anywhere.
 *
 * <p>A row whose NIK belongs to no person the importer may see is rejected "NIK tidak terdaftar" (a person outside
 * the importer's scope gets the same answer, so the file reveals nothing about other regions); a person in scope
 * who is not in the vulnerable registry is rejected with its own reason. A row that changes an entry's status or
 * period counts as imported; a row that finds it already so counts as skipped, so importing the same file again
 * changes nothing.
 */
@Component
class DtksImport implements ImportKind {

  static final String NAME = "dtks";
  static final List<String> REQUIRED = List.of("nik", "dtks_status");
  static final List<String> OPTIONAL = List.of("dtks_period");
  static final int MAX_PERIOD = 20;
  static final String NIK_NOT_REGISTERED = "NIK tidak terdaftar.";
  static final String NOT_IN_REGISTRY = "NIK terdaftar, tetapi orang ini belum masuk registri perempuan dan anak"
      + " rentan.";
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern PERIOD = Pattern.compile("[0-9A-Za-z./ _-]{1," + MAX_PERIOD + "}");
  private static final int SLICE = 500;

  private final JdbcTemplate jdbc;

  DtksImport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> requiredColumns() {
    return REQUIRED;
  }

  @Override
  public List<String> optionalColumns() {
    return OPTIONAL;
  }

  @Override
  public List<String> roles() {
    return List.of(Roles.SUPERVISOR, Roles.ADMIN);
  }

  /** One row that passed its own checks. */
  record Row(CsvReader.Record record, String nik, DtksStatus status, String period) {}

  /** What the registry holds for a NIK: the entry (null: the person has none) and its region and DTKS data. */
  record Found(Long entryId, String regionCode, DtksStatus status, String period) {}

  @Override
  public Batches start(Context context) {
    return records -> {
      List<Rejection> rejected = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      for (CsvReader.Record record : records) {
        Object checked = check(context.columns(), record);
        if (checked instanceof Row row) {
          rows.add(row);
        } else {
          rejected.add(new Rejection(record.line(), (String) checked, record.fields()));
        }
      }
      Map<String, Found> found = lookUp(rows.stream().map(Row::nik).toList());
      Map<Long, Object[]> updates = new LinkedHashMap<>();
      int skipped = 0;
      int imported = 0;
      for (Row row : rows) {
        Found f = found.get(row.nik());
        if (f == null || !(context.anyRegion() || context.scope().contains(f.regionCode()))) {
          rejected.add(new Rejection(row.record().line(), NIK_NOT_REGISTERED, row.record().fields()));
        } else if (f.entryId() == null) {
          rejected.add(new Rejection(row.record().line(), NOT_IN_REGISTRY, row.record().fields()));
        } else if (f.status() == row.status() && Objects.equals(f.period(), row.period())) {
          skipped++;
        } else {
          imported++;
          updates.put(f.entryId(), new Object[] {row.status().name(), row.period(),
              OffsetDateTime.ofInstant(context.now(), ZoneOffset.UTC), context.jobId(), f.entryId()});
          // a later row of the same NIK compares with this one
          found.put(row.nik(), new Found(f.entryId(), f.regionCode(), row.status(), row.period()));
        }
      }
      if (!updates.isEmpty()) {
        jdbc.batchUpdate("UPDATE vulnerable_entry SET dtks_status = ?, dtks_period = ?, dtks_updated_at = ?,"
            + " dtks_job_id = ?, version = version + 1 WHERE id = ?", new ArrayList<>(updates.values()));
      }
      rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
      return new Outcome(imported, skipped, rejected);
    };
  }

  /** A {@link Row}, or the reason (Bahasa Indonesia) the row is rejected. Never repeats the NIK. */
  static Object check(ImportColumns columns, CsvReader.Record record) {
    String countProblem = columns.fieldCountProblem(record);
    if (countProblem != null) {
      return countProblem;
    }
    List<String> reasons = new ArrayList<>();
    String nik = columns.value(record, "nik");
    if (nik == null) {
      reasons.add("Kolom nik wajib diisi.");
    } else if (!NIK.matcher(nik).matches()) {
      reasons.add("Kolom nik harus 16 angka.");
    }
    String statusText = columns.value(record, "dtks_status");
    DtksStatus status = DtksStatus.parse(statusText);
    if (statusText == null) {
      reasons.add("Kolom dtks_status wajib diisi.");
    } else if (status == null) {
      reasons.add("Kolom dtks_status harus IN_DTKS, NOT_IN_DTKS atau NOT_IDENTIFIABLE.");
    }
    String period = columns.value(record, "dtks_period");
    if (period != null && !PERIOD.matcher(period).matches()) {
      reasons.add("Kolom dtks_period paling banyak " + MAX_PERIOD + " huruf, angka, titik, garis miring atau"
          + " tanda hubung (misalnya 2025-06).");
    }
    if (!reasons.isEmpty()) {
      return String.join(" ", reasons);
    }
    return new Row(record, nik, status, period);
  }

  private Map<String, Found> lookUp(List<String> niks) {
    Map<String, Found> found = new HashMap<>();
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(niks));
    for (int from = 0; from < distinct.size(); from += SLICE) {
      List<String> slice = distinct.subList(from, Math.min(distinct.size(), from + SLICE));
      jdbc.query("SELECT p.nik, p.regency_code AS p_regency, p.district_code AS p_district,"
          + " p.village_code AS p_village, e.id, e.regency_code, e.district_code, e.village_code, e.dtks_status,"
          + " e.dtks_period FROM person p LEFT JOIN vulnerable_entry e ON e.person_id = p.id WHERE p.nik IN ("
          + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")", rs -> {
            Long entryId = rs.getObject("id") == null ? null : rs.getLong("id");
            String region = entryId == null
                ? mostPrecise(rs.getString("p_village"), rs.getString("p_district"), rs.getString("p_regency"))
                : mostPrecise(rs.getString("village_code"), rs.getString("district_code"),
                    rs.getString("regency_code"));
            found.put(rs.getString("nik"), new Found(entryId, region, DtksStatus.parse(rs.getString("dtks_status")),
                rs.getString("dtks_period")));
          }, slice.toArray());
    }
    return found;
  }

  private static String mostPrecise(String village, String district, String regency) {
    return village != null ? village : district != null ? district : regency;
  }
}
