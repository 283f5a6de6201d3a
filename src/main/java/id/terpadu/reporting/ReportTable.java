package id.terpadu.reporting;

import id.terpadu.reporting.Reports.AgencyRow;
import id.terpadu.reporting.Reports.CaseResponses;
import id.terpadu.reporting.Reports.CategoryRow;
import id.terpadu.reporting.Reports.DurationRow;
import id.terpadu.reporting.Reports.Outreach;
import id.terpadu.reporting.Reports.OutreachRow;
import id.terpadu.reporting.Reports.ReferralOutcomes;
import id.terpadu.reporting.Reports.StageRow;
import id.terpadu.reporting.Reports.Timeliness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report as the tables its exports hold (CSV, XLSX), with Bahasa Indonesia headings: one or more sheets of a
 * header and rows of text and numbers. Grouped by regency, every row starts with its regency, the rows of each
 * regency first and then those of the whole scope ("Semua wilayah").
 */
record ReportTable(String name, List<Sheet> sheets) {

  static final String ALL_REGIONS = "Semua wilayah";

  /** One sheet: a title, its column headings and rows (String, Long, Double or null cells). */
  record Sheet(String title, List<String> header, List<List<Object>> rows) {}

  static ReportTable of(CaseResponses report) {
    boolean grouped = report.regencies() != null;
    List<String> header = new ArrayList<>(regencyColumns(grouped));
    header.addAll(List.of("Kode kategori", "Kategori"));
    report.years().forEach(y -> header.add(String.valueOf(y)));
    header.add("Jumlah");
    List<List<Object>> rows = new ArrayList<>();
    if (grouped) {
      report.regencies().forEach(r -> caseRows(rows, r, List.of(r.regencyCode(), r.regencyName())));
    }
    caseRows(rows, report, grouped ? Arrays.asList(null, ALL_REGIONS) : List.of());
    return new ReportTable("kasus", List.of(new Sheet("Kasus per kategori dan tahun", header, rows)));
  }

  private static void caseRows(List<List<Object>> rows, CaseResponses report, List<Object> regency) {
    for (CategoryRow row : report.rows()) {
      List<Object> cells = new ArrayList<>(regency);
      cells.add(row.category());
      cells.add(row.label());
      row.counts().values().forEach(cells::add);
      cells.add(row.counts().values().stream().mapToLong(Long::longValue).sum());
      rows.add(cells);
    }
    List<Object> total = new ArrayList<>(regency);
    total.add(null);
    total.add("Jumlah");
    report.totals().values().forEach(total::add);
    total.add(report.total());
    rows.add(total);
  }

  static ReportTable of(Outreach report) {
    boolean grouped = report.regencies() != null;
    List<String> header = new ArrayList<>(regencyColumns(grouped));
    header.addAll(List.of("Tahun", "Desa/kelurahan dikunjungi", "Kecamatan dikunjungi", "Anak terjangkau"));
    List<List<Object>> rows = new ArrayList<>();
    if (grouped) {
      report.regencies().forEach(r -> outreachRows(rows, r, List.of(r.regencyCode(), r.regencyName())));
    }
    outreachRows(rows, report, grouped ? Arrays.asList(null, ALL_REGIONS) : List.of());
    return new ReportTable("penjangkauan", List.of(new Sheet("Penjangkauan per tahun", header, rows)));
  }

  static ReportTable of(Reports.Prevention report) {
    boolean grouped = report.regencies() != null;
    List<String> header = new ArrayList<>(regencyColumns(grouped));
    header.add("Tahun");
    report.kinds().forEach(k -> header.add(k.label()));
    header.addAll(List.of("Jumlah kegiatan", "Anak laki-laki", "Anak perempuan", "Laki-laki dewasa",
        "Perempuan dewasa", "Jumlah peserta"));
    List<List<Object>> rows = new ArrayList<>();
    if (grouped) {
      report.regencies().forEach(r -> preventionRows(rows, r, List.of(r.regencyCode(), r.regencyName())));
    }
    preventionRows(rows, report, grouped ? Arrays.asList(null, ALL_REGIONS) : List.of());
    return new ReportTable("kegiatan-pencegahan", List.of(new Sheet("Kegiatan pencegahan per tahun", header, rows)));
  }

  private static void preventionRows(List<List<Object>> rows, Reports.Prevention report, List<Object> regency) {
    for (Reports.PreventionRow row : report.rows()) {
      rows.add(preventionCells(regency, String.valueOf(row.year()), row, report));
    }
    rows.add(preventionCells(regency, report.fromYear() + "–" + report.toYear(), report.totals(), report));
  }

  private static List<Object> preventionCells(List<Object> regency, String year, Reports.PreventionRow row,
      Reports.Prevention report) {
    List<Object> cells = new ArrayList<>(regency);
    cells.add(year);
    report.kinds().forEach(k -> cells.add(row.activities().get(k.code())));
    cells.addAll(List.of(row.totalActivities(), row.boys(), row.girls(), row.men(), row.women(),
        row.participants()));
    return cells;
  }

  private static void outreachRows(List<List<Object>> rows, Outreach report, List<Object> regency) {
    for (OutreachRow row : report.rows()) {
      List<Object> cells = new ArrayList<>(regency);
      cells.addAll(List.of(String.valueOf(row.year()), row.villages(), row.districts(), row.children()));
      rows.add(cells);
    }
    List<Object> total = new ArrayList<>(regency);
    total.addAll(List.of(report.fromYear() + "–" + report.toYear(), report.totals().villages(),
        report.totals().districts(), report.totals().children()));
    rows.add(total);
  }

  static ReportTable of(ReferralOutcomes report) {
    boolean grouped = report.regencies() != null;
    List<String> header = new ArrayList<>(regencyColumns(grouped));
    header.addAll(List.of("Kode mitra", "Mitra layanan", "Dikirim", "Diterima", "Ditolak", "Selesai",
        "Tidak selesai", "Dibatalkan", "Dalam proses", "Terlambat", "Median hari sampai selesai"));
    List<List<Object>> rows = new ArrayList<>();
    if (grouped) {
      report.regencies().forEach(r -> referralRows(rows, r, List.of(r.regencyCode(), r.regencyName())));
    }
    referralRows(rows, report, grouped ? Arrays.asList(null, ALL_REGIONS) : List.of());
    return new ReportTable("rujukan", List.of(new Sheet("Hasil rujukan per mitra layanan", header, rows)));
  }

  private static void referralRows(List<List<Object>> rows, ReferralOutcomes report, List<Object> regency) {
    List<AgencyRow> all = new ArrayList<>(report.rows());
    all.add(report.totals());
    for (AgencyRow row : all) {
      List<Object> cells = new ArrayList<>(regency);
      cells.addAll(Arrays.asList(row.agencyCode(), row.agencyName(), row.sent(), row.accepted(), row.declined(),
          row.completed(), row.notCompleted(), row.cancelled(), row.inProgress(), row.overdue(),
          row.medianDaysToCompletion()));
      rows.add(cells);
    }
  }

  static ReportTable of(Timeliness report) {
    boolean grouped = report.regencies() != null;
    List<String> durationHeader = new ArrayList<>(regencyColumns(grouped));
    durationHeader.addAll(List.of("Ukuran", "Keterangan", "Jumlah kasus", "Median (hari)", "Persentil 90 (hari)"));
    List<String> stageHeader = new ArrayList<>(regencyColumns(grouped));
    stageHeader.addAll(List.of("Tahap", "Keterangan", "Tugas selesai", "Tepat waktu", "Terlambat selesai",
        "Masih terbuka", "Terbuka lewat tenggat", "Terlambat (jumlah)", "Porsi tepat waktu"));
    List<List<Object>> durations = new ArrayList<>();
    List<List<Object>> stages = new ArrayList<>();
    if (grouped) {
      report.regencies().forEach(r -> timelinessRows(durations, stages, r, List.of(r.regencyCode(), r.regencyName())));
    }
    timelinessRows(durations, stages, report, grouped ? Arrays.asList(null, ALL_REGIONS) : List.of());
    return new ReportTable("ketepatan-waktu", List.of(
        new Sheet("Waktu layanan", durationHeader, durations),
        new Sheet("Kepatuhan tenggat per tahap", stageHeader, stages)));
  }

  private static void timelinessRows(List<List<Object>> durations, List<List<Object>> stages, Timeliness report,
      List<Object> regency) {
    for (DurationRow row : report.durations()) {
      List<Object> cells = new ArrayList<>(regency);
      cells.addAll(Arrays.asList(row.measure(), row.label(), row.cases(), row.medianDays(), row.p90Days()));
      durations.add(cells);
    }
    for (StageRow row : report.stages()) {
      List<Object> cells = new ArrayList<>(regency);
      cells.addAll(Arrays.asList(row.stage(), row.label(), row.completed(), row.onTime(), row.late(), row.open(),
          row.openOverdue(), row.overdue(), row.onTimeShare()));
      stages.add(cells);
    }
  }

  private static List<String> regencyColumns(boolean grouped) {
    return grouped ? List.of("Kode kabupaten/kota", "Kabupaten/kota") : List.of();
  }
}
