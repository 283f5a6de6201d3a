package id.terpadu.importing;

import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.CaseDatesChanged;
import id.terpadu.casefile.CaseNumbers;
import id.terpadu.casefile.Channel;
import id.terpadu.database.Databases;
import id.terpadu.organisation.Roles;
import id.terpadu.region.RegionLevel;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The import of historical cases (kind {@code cases}, {@code POST /api/import/cases}; columns in docs/import.md;
 * docs/adr/0020-historical-import.md), by supervisors into their region scope and administrators anywhere.
 *
 * <p>A case belongs to the regency of its region code (village, else district), which must lie in the importer's
 * scope. It is stored marked historical, with a Terpadu case number of its unit and year of receipt, the
 * spreadsheet's number as {@code source_number}, received (and closed) at local midnight of the given dates in
 * the unit's time zone. No process instance is started, for open cases neither: the import writes history, and
 * an open one is taken up later by the unit ({@code POST /api/cases/{id}/take-up}).
 *
 * <p>Idempotence: the spreadsheet's number is unique within the regency. A row whose number that regency already
 * has from an earlier import (or from anywhere else) is skipped, never changed; a row repeating the number of an
 * earlier row of the same file is rejected (two different cases under one number is a mistake in the file). So
 * importing the same file again imports nothing.
 */
@Component
class CaseImport implements ImportKind {

  static final String NAME = "cases";
  static final List<String> REQUIRED = List.of("case_number", "received_date", "category");
  static final List<String> OPTIONAL = List.of("risk_level", "channel", "district_code", "village_code",
      "child_sex", "child_birth_date", "status", "closed_date", "closure_reason");
  static final String DESCRIPTION = "Kasus historis hasil impor data unit (nomor asal: %s). Uraian pengaduan tidak"
      + " tersedia.";
  private static final int SLICE = 500;

  private final JdbcTemplate jdbc;
  private final CaseCategories categories;
  private final CaseNumbers caseNumbers;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CaseImport(JdbcTemplate jdbc, CaseCategories categories, CaseNumbers caseNumbers, Clock clock,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.categories = categories;
    this.caseNumbers = caseNumbers;
    this.clock = clock;
    this.events = events;
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

  @Override
  public Batches start(Context context) {
    RegionCodeSet regions = RegionCodeSet.load(jdbc);
    CaseRowValidator validator = new CaseRowValidator(categories,
        code -> RegionLevel.find(code).map(level -> regions.exists(code, level)).orElse(false), context.scope(),
        LocalDate.now(clock.withZone(PersonImport.LATEST_ZONE)));
    String nextId = Databases.nextValue(jdbc, "child_case_seq");
    return records -> {
      List<Rejection> rejected = new ArrayList<>();
      List<CaseRow> valid = new ArrayList<>();
      Map<Long, CsvReader.Record> byLine = new HashMap<>();
      for (CsvReader.Record record : records) {
        CaseRowValidator.Result result = validator.check(context.columns(), record);
        if (result.valid()) {
          valid.add(result.row());
          byLine.put(record.line(), record);
        } else {
          rejected.add(new Rejection(record.line(), result.reason(), record.fields()));
        }
      }
      Map<String, String> stored = storedNumbers(valid);
      Map<String, Long> inFile = new HashMap<>();
      List<CaseRow> fresh = new ArrayList<>();
      int skipped = 0;
      for (CaseRow row : valid) {
        String key = key(row.regencyCode(), row.caseNumber());
        Long earlier = inFile.get(key);
        String storedBy = stored.get(key);
        if (earlier != null || context.jobId().equals(storedBy)) {
          rejected.add(new Rejection(row.line(), "Nomor kasus " + row.caseNumber() + " sudah dipakai "
              + (earlier != null ? "baris " + earlier : "baris sebelumnya") + " dalam berkas ini.",
              byLine.get(row.line()).fields()));
        } else if (stored.containsKey(key)) {
          skipped++;
        } else {
          inFile.put(key, row.line());
          fresh.add(row);
        }
      }
      insert(fresh, context, nextId);
      rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
      return new Outcome(fresh.size(), skipped, rejected);
    };
  }

  /** Stored spreadsheet numbers of the rows' regencies: key → the job that imported it ("" when none did). */
  private Map<String, String> storedNumbers(List<CaseRow> rows) {
    Map<String, Set<String>> byRegency = new LinkedHashMap<>();
    rows.forEach(r -> byRegency.computeIfAbsent(r.regencyCode(), k -> new java.util.LinkedHashSet<>())
        .add(r.caseNumber()));
    Map<String, String> stored = new HashMap<>();
    byRegency.forEach((regency, numbers) -> {
      List<String> all = new ArrayList<>(numbers);
      for (int from = 0; from < all.size(); from += SLICE) {
        List<String> slice = all.subList(from, Math.min(all.size(), from + SLICE));
        List<Object> args = new ArrayList<>();
        args.add(regency);
        args.addAll(slice);
        jdbc.query("SELECT source_number, import_job_id FROM child_case WHERE source_regency = ? AND source_number IN ("
            + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")", rs -> {
              String job = rs.getString(2);
              stored.put(key(regency, rs.getString(1)), job == null ? "" : job);
            }, args.toArray());
      }
    });
    return stored;
  }

  private void insert(List<CaseRow> rows, Context context, String nextId) {
    if (rows.isEmpty()) {
      return;
    }
    // Case numbers of the unit and year of receipt, one block per unit and year, in file order.
    Map<String, List<CaseRow>> byUnitYear = new LinkedHashMap<>();
    rows.forEach(r -> byUnitYear.computeIfAbsent(r.regencyCode() + "|" + r.receivedDate().getYear(),
        k -> new ArrayList<>()).add(r));
    Map<CaseRow, String> numbers = new java.util.IdentityHashMap<>();
    byUnitYear.values().forEach(group -> {
      CaseRow first = group.get(0);
      int year = first.receivedDate().getYear();
      int next = caseNumbers.reserve(first.regencyCode(), year, group.size());
      for (CaseRow row : group) {
        numbers.put(row, CaseNumbers.format(row.regencyCode(), year, next++));
      }
    });
    OffsetDateTime now = PersonRowWriter.utc(context.now());
    jdbc.batchUpdate("INSERT INTO child_case (id, case_number, regency_code, district_code, village_code, status,"
        + " stage, risk_level, primary_category, channel, received_at, description, reporter_anonymous,"
        + " closure_reason, closed_at, historical, conference_agenda, created_by, version, source_number,"
        + " source_regency, import_job_id, child_sex, child_birth_date)"
        + " VALUES (" + nextId + ", ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, FALSE, ?, ?, TRUE, FALSE, ?, 0, ?, ?, ?, ?, ?)",
        rows, rows.size(), (statement, r) -> {
          var zone = UnitTimeZones.of(r.regencyCode());
          int p = 1;
          statement.setString(p++, numbers.get(r));
          statement.setString(p++, r.regencyCode());
          statement.setString(p++, r.districtCode());
          statement.setString(p++, r.villageCode());
          statement.setString(p++, r.status().name());
          statement.setString(p++, r.riskLevel() == null ? null : r.riskLevel().name());
          statement.setString(p++, r.category());
          statement.setString(p++, (r.channel() == null ? Channel.OTHER : r.channel()).name());
          statement.setObject(p++, PersonRowWriter.utc(r.receivedDate().atStartOfDay(zone).toInstant()));
          statement.setString(p++, String.format(DESCRIPTION, r.caseNumber()));
          statement.setString(p++, r.closureReason() == null ? null : r.closureReason().name());
          statement.setObject(p++, r.closedDate() == null ? null
              : PersonRowWriter.utc(r.closedDate().atStartOfDay(zone).toInstant()));
          statement.setString(p++, context.createdBy());
          statement.setString(p++, r.caseNumber());
          statement.setString(p++, r.regencyCode());
          statement.setString(p++, context.jobId());
          statement.setString(p++, r.childSex());
          statement.setObject(p, r.childBirthDate());
        });
    jdbc.batchUpdate("INSERT INTO case_category (case_id, category_code) SELECT id, primary_category FROM child_case"
        + " WHERE case_number = ?", rows, rows.size(), (statement, r) -> statement.setString(1, numbers.get(r)));
    // Closed imported cases count in the timeliness report (days to termination).
    List<String> closed = rows.stream().filter(r -> r.closedDate() != null).map(numbers::get).toList();
    List<Long> ids = new ArrayList<>();
    for (int from = 0; from < closed.size(); from += 500) {
      List<String> slice = closed.subList(from, Math.min(closed.size(), from + 500));
      ids.addAll(jdbc.queryForList("SELECT id FROM child_case WHERE case_number IN ("
          + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")", Long.class, slice.toArray()));
    }
    if (!ids.isEmpty()) {
      events.publishEvent(new CaseDatesChanged(ids));
    }
  }

  private static String key(String regency, String number) {
    return regency + "|" + number;
  }
}
