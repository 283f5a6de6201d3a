package id.terpadu.importing;

import id.terpadu.database.Databases;
import id.terpadu.organisation.Roles;
import id.terpadu.outreach.OutreachVisit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The import of outreach visits (kind {@code outreach}, {@code POST /api/import/outreach}; columns in
 * docs/import.md; docs/adr/0020-historical-import.md), by supervisors into their region scope and administrators
 * anywhere. Each row becomes an {@link OutreachVisit} marked historical, the same record the outreach process
 * writes.
 *
 * <p>Idempotence: a row with a {@code source_id} is matched by it within the visit's regency (a stored one is
 * skipped; a second row of the same file with the same source id is rejected). A row without one is skipped when
 * the same visit (date, village, children reached, activity) is stored or came earlier in the file. So importing
 * the same file again imports nothing.
 */
@Component
class OutreachImport implements ImportKind {

  static final String NAME = "outreach";
  static final List<String> REQUIRED = List.of("visit_date", "village_code", "children_reached");
  static final List<String> OPTIONAL = List.of("activity", "source_id");
  /** More children than any one visit reaches: a typo (or a population figure). */
  static final int MAX_CHILDREN = 100_000;
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern VILLAGE = Pattern.compile("\\d{10}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
  private static final int SLICE = 500;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  OutreachImport(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
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

  /** A valid row as the visit it records. */
  record Row(CsvReader.Record record, OutreachVisit visit) {

    String sourceKey() {
      return visit.getSourceId() == null ? null : visit.getRegencyCode() + "|" + visit.getSourceId();
    }

    String visitKey() {
      return visit.getVillageCode() + "|" + visit.getVisitDate() + "|" + visit.getChildrenReached() + "|"
          + Objects.toString(visit.getActivity(), "");
    }
  }

  @Override
  public Batches start(Context context) {
    RegionCodeSet regions = RegionCodeSet.load(jdbc);
    LocalDate today = LocalDate.now(clock.withZone(PersonImport.LATEST_ZONE));
    String nextId = Databases.nextValue(jdbc, "outreach_visit_seq");
    return records -> {
      List<Rejection> rejected = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      for (CsvReader.Record record : records) {
        Object checked = check(context, regions, today, record);
        if (checked instanceof Row row) {
          rows.add(row);
        } else {
          rejected.add(new Rejection(record.line(), (String) checked, record.fields()));
        }
      }
      Map<String, String> storedSources = storedSources(rows);
      Set<String> storedVisits = storedVisits(rows);
      Map<String, Long> sourcesInFile = new HashMap<>();
      List<Row> fresh = new ArrayList<>();
      int skipped = 0;
      for (Row row : rows) {
        String source = row.sourceKey();
        if (source != null) {
          Long earlier = sourcesInFile.get(source);
          if (earlier != null || context.jobId().equals(storedSources.get(source))) {
            rejected.add(new Rejection(row.record().line(), "source_id ini sudah dipakai "
                + (earlier != null ? "baris " + earlier : "baris sebelumnya") + " dalam berkas ini.",
                row.record().fields()));
            continue;
          }
          if (storedSources.containsKey(source)) {
            skipped++;
            continue;
          }
          sourcesInFile.put(source, row.record().line());
        } else if (!storedVisits.add(row.visitKey())) {
          skipped++;
          continue;
        }
        fresh.add(row);
      }
      insert(fresh, context, nextId);
      rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
      return new Outcome(fresh.size(), skipped, rejected);
    };
  }

  /** A {@link Row}, or the reasons (Bahasa Indonesia) the row is rejected. */
  static Object check(Context context, RegionCodeSet regions, LocalDate today, CsvReader.Record record) {
    ImportColumns columns = context.columns();
    String countProblem = columns.fieldCountProblem(record);
    if (countProblem != null) {
      return countProblem;
    }
    List<String> problems = new ArrayList<>();
    String dateText = columns.value(record, "visit_date");
    LocalDate date = null;
    if (dateText == null) {
      problems.add("Kolom visit_date (tanggal kunjungan) wajib diisi, dengan format yyyy-MM-dd.");
    } else {
      try {
        date = LocalDate.parse(dateText, ISO_DATE);
        if (date.isAfter(today)) {
          problems.add("Kolom visit_date tidak boleh setelah hari ini.");
        } else if (date.isBefore(CaseRowValidator.EARLIEST_RECEIPT)) {
          problems.add("Kolom visit_date tidak boleh sebelum tahun " + CaseRowValidator.EARLIEST_RECEIPT.getYear()
              + ".");
        }
      } catch (DateTimeParseException e) {
        problems.add("Kolom visit_date harus tanggal yang ada dengan format yyyy-MM-dd (mis. 2016-05-31).");
      }
    }
    String village = columns.value(record, "village_code");
    if (village == null) {
      problems.add("Kolom village_code (kode desa/kelurahan) wajib diisi.");
    } else if (!VILLAGE.matcher(village).matches()) {
      problems.add("Kolom village_code harus kode desa/kelurahan 10 angka.");
    } else if (!regions.villageExists(village)) {
      problems.add("Kode desa/kelurahan " + village + " tidak ada dalam data wilayah Kemendagri.");
    } else if (!context.anyRegion() && !context.scope().contains(village)) {
      problems.add("Desa/kelurahan " + village + " di luar wilayah kerja Anda.");
    }
    String childrenText = columns.value(record, "children_reached");
    int children = -1;
    if (childrenText == null) {
      problems.add("Kolom children_reached (jumlah anak terjangkau) wajib diisi.");
    } else if (!NUMBER.matcher(childrenText).matches()
        || (children = Integer.parseInt(childrenText)) > MAX_CHILDREN) {
      problems.add("Kolom children_reached harus bilangan bulat 0 sampai " + MAX_CHILDREN + ".");
    }
    String activity = columns.value(record, "activity");
    if (activity != null && activity.length() > OutreachVisit.MAX_ACTIVITY) {
      problems.add("Kolom activity paling banyak " + OutreachVisit.MAX_ACTIVITY + " karakter.");
    }
    String sourceId = columns.value(record, "source_id");
    if (sourceId != null && sourceId.length() > OutreachVisit.MAX_SOURCE_ID) {
      problems.add("Kolom source_id paling banyak " + OutreachVisit.MAX_SOURCE_ID + " karakter.");
    }
    if (!problems.isEmpty()) {
      return String.join(" ", problems);
    }
    return new Row(record, OutreachVisit.record(date, village, children, activity, sourceId, true,
        context.createdBy(), context.now()));
  }

  /** Stored source ids of the rows' regencies: key → the job that imported it ("" when none did). */
  private Map<String, String> storedSources(List<Row> rows) {
    Map<String, Set<String>> byRegency = new LinkedHashMap<>();
    rows.stream().filter(r -> r.visit().getSourceId() != null).forEach(r -> byRegency
        .computeIfAbsent(r.visit().getRegencyCode(), k -> new LinkedHashSet<>()).add(r.visit().getSourceId()));
    Map<String, String> stored = new HashMap<>();
    byRegency.forEach((regency, ids) -> {
      List<String> all = new ArrayList<>(ids);
      for (int from = 0; from < all.size(); from += SLICE) {
        List<String> slice = all.subList(from, Math.min(all.size(), from + SLICE));
        List<Object> args = new ArrayList<>();
        args.add(regency);
        args.addAll(slice);
        jdbc.query("SELECT source_id, import_job_id FROM outreach_visit WHERE regency_code = ? AND source_id IN ("
            + placeholders(slice.size()) + ")", rs -> {
              String job = rs.getString(2);
              stored.put(regency + "|" + rs.getString(1), job == null ? "" : job);
            }, args.toArray());
      }
    });
    return stored;
  }

  /** The visit keys of stored visits in the villages and on the dates of the rows without a source id. */
  private Set<String> storedVisits(List<Row> rows) {
    List<Row> unidentified = rows.stream().filter(r -> r.visit().getSourceId() == null).toList();
    Set<String> keys = new HashSet<>();
    for (int from = 0; from < unidentified.size(); from += SLICE) {
      List<Row> slice = unidentified.subList(from, Math.min(unidentified.size(), from + SLICE));
      Set<String> villages = new LinkedHashSet<>();
      Set<LocalDate> dates = new LinkedHashSet<>();
      slice.forEach(r -> {
        villages.add(r.visit().getVillageCode());
        dates.add(r.visit().getVisitDate());
      });
      List<Object> args = new ArrayList<>(villages);
      args.addAll(dates);
      jdbc.query("SELECT village_code, visit_date, children_reached, activity FROM outreach_visit WHERE"
          + " village_code IN (" + placeholders(villages.size()) + ") AND visit_date IN ("
          + placeholders(dates.size()) + ")", rs -> {
            keys.add(rs.getString(1) + "|" + rs.getObject(2, LocalDate.class) + "|" + rs.getInt(3) + "|"
                + Objects.toString(rs.getString(4), ""));
          }, args.toArray());
    }
    return keys;
  }

  private void insert(List<Row> rows, Context context, String nextId) {
    if (rows.isEmpty()) {
      return;
    }
    OffsetDateTime now = PersonRowWriter.utc(context.now());
    jdbc.batchUpdate("INSERT INTO outreach_visit (id, visit_date, regency_code, district_code, village_code,"
        + " children_reached, activity, source_id, historical, created_by, created_at, version, import_job_id)"
        + " VALUES (" + nextId + ", ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0, ?)", rows, rows.size(), (statement, r) -> {
          OutreachVisit v = r.visit();
          int p = 1;
          statement.setObject(p++, v.getVisitDate());
          statement.setString(p++, v.getRegencyCode());
          statement.setString(p++, v.getDistrictCode());
          statement.setString(p++, v.getVillageCode());
          statement.setInt(p++, v.getChildrenReached());
          statement.setString(p++, v.getActivity());
          statement.setString(p++, v.getSourceId());
          statement.setString(p++, v.getCreatedBy());
          statement.setObject(p++, now);
          statement.setString(p, context.jobId());
        });
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
