package id.terpadu.lksa;

import id.terpadu.web.CsvCells;
import id.terpadu.web.XlsxSheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Child welfare institutions (LKSA), their residents and daily attendance, and their reports (docs/adr/0019).
 * Who may do what is decided by {@link LksaAccess}: 404 outside the caller's region (or not their institution),
 * 403 for a role that may not.
 */
@RestController
@RequestMapping("/api/lksa")
public class LksaController {

  private final LksaAccess access;
  private final Institutions institutions;
  private final Residents residents;
  private final AttendanceRecording attendance;
  private final LksaReports reports;

  public LksaController(LksaAccess access, Institutions institutions, Residents residents,
      AttendanceRecording attendance, LksaReports reports) {
    this.access = access;
    this.institutions = institutions;
    this.residents = residents;
    this.attendance = attendance;
    this.reports = reports;
  }

  /** A choice of a form field: its code and the label users read. */
  public record Option(String code, String label) {}

  /** The choices of the institution, admission and discharge forms. */
  public record Options(List<Option> types, List<Option> accreditations, List<Option> admissionReasons,
      List<Option> dischargeDestinations) {}

  @Operation(summary = "The choices of the forms (institution type, accreditation, admission reason, destination)")
  @GetMapping("/options")
  public Options options() {
    return new Options(
        Arrays.stream(InstitutionType.values()).map(v -> new Option(v.name(), v.label())).toList(),
        Arrays.stream(Accreditation.values()).map(v -> new Option(v.name(), v.label())).toList(),
        Arrays.stream(AdmissionReason.values()).map(v -> new Option(v.name(), v.label())).toList(),
        Arrays.stream(DischargeDestination.values()).map(v -> new Option(v.name(), v.label())).toList());
  }

  @Operation(summary = "The institutions the caller may see (their scope, or their own institution)")
  @GetMapping("/institutions")
  public List<InstitutionView> list() {
    return institutions.list(access.caller());
  }

  @Operation(summary = "Register an institution (administrators; supervisors and head of its regency)")
  @PostMapping("/institutions")
  public ResponseEntity<InstitutionView> create(@RequestBody InstitutionInput input) {
    Institution created = institutions.create(access.caller(), input);
    return ResponseEntity.created(URI.create("/api/lksa/institutions/" + created.getId()))
        .eTag("\"" + created.getVersion() + "\"").body(institutions.view(created));
  }

  @Operation(summary = "One institution")
  @GetMapping("/institutions/{id}")
  public ResponseEntity<InstitutionView> get(@PathVariable long id) {
    InstitutionView view = institutions.view(access.caller(), id);
    return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
  }

  @Operation(summary = "Change an institution (not its code); If-Match with the version read avoids lost updates")
  @PutMapping("/institutions/{id}")
  public ResponseEntity<InstitutionView> edit(@PathVariable long id, @RequestBody InstitutionInput input,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Institution edited = institutions.edit(access.caller(), id, input, version(ifMatch));
    return ResponseEntity.ok().eTag("\"" + edited.getVersion() + "\"").body(institutions.view(edited));
  }

  @Operation(summary = "The residents of an institution (its staff; supervisors and head of its region)")
  @GetMapping("/institutions/{id}/residents")
  public List<ResidentView> residents(@PathVariable long id,
      @Parameter(description = "true: every stay, also discharged ones; default: current residents")
      @RequestParam(defaultValue = "false") boolean all) {
    return residents.list(access.caller(), id, !all);
  }

  @Operation(summary = "Admit a child of the person registry (supervisors and head of the institution's region)")
  @PostMapping("/institutions/{id}/residents")
  public ResponseEntity<ResidentView> admit(@PathVariable long id, @RequestBody AdmissionInput input) {
    ResidentView admitted = residents.admit(access.caller(), id, input);
    return ResponseEntity.created(URI.create("/api/lksa/residents/" + admitted.id())).body(admitted);
  }

  @Operation(summary = "One resident's stay")
  @GetMapping("/residents/{id}")
  public ResidentView resident(@PathVariable long id) {
    return residents.view(access.caller(), id);
  }

  @Operation(summary = "End a stay; to FAMILY with a case, the caseworker gets a monitoring task")
  @PostMapping("/residents/{id}/discharge")
  public ResidentView discharge(@PathVariable long id, @RequestBody DischargeInput input) {
    return residents.discharge(access.caller(), id, input);
  }

  @Operation(summary = "Record today's attendance (institution staff): 201 first record of the day, 200 corrected")
  @PostMapping("/residents/{id}/attendance")
  public ResponseEntity<AttendanceView> attend(@PathVariable long id, @RequestBody AttendanceInput input) {
    AttendanceView recorded = attendance.record(access.caller(), id, input);
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded);
  }

  @Operation(summary = "Occupancy per institution: current residents against capacity")
  @GetMapping("/reports/occupancy")
  public List<LksaReports.Occupancy> occupancy() {
    return reports.occupancy(access.caller());
  }

  @GetMapping("/reports/occupancy.{format:csv|xlsx}")
  public ResponseEntity<byte[]> occupancyExport(@PathVariable String format) {
    List<List<?>> rows = new ArrayList<>();
    for (LksaReports.Occupancy o : reports.occupancy(access.caller())) {
      rows.add(Arrays.asList(o.institutionId(), o.code(), o.name(), o.regencyCode(), o.capacity(), o.residents(),
          o.occupancyPercent()));
    }
    return export(format, "lksa-occupancy", new ReportSheet("Keterisian lembaga",
        List.of("institution_id", "code", "name", "regency_code", "capacity", "residents", "occupancy_percent"),
        List.of("ID lembaga", "Kode", "Nama lembaga", "Kode kabupaten/kota", "Daya tampung", "Anak tinggal",
            "Keterisian (%)"), rows));
  }

  @Operation(summary = "Admissions and discharges per month and institution")
  @GetMapping("/reports/movements")
  public List<LksaReports.Movement> movements(
      @Parameter(description = "First month, yyyy-MM (default: 11 months before 'to')") @RequestParam(required = false)
      String from,
      @Parameter(description = "Last month, yyyy-MM (default: this month)") @RequestParam(required = false) String to) {
    return reports.movements(access.caller(), from, to);
  }

  @GetMapping("/reports/movements.{format:csv|xlsx}")
  public ResponseEntity<byte[]> movementsExport(@PathVariable String format,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    List<List<?>> rows = new ArrayList<>();
    for (LksaReports.Movement m : reports.movements(access.caller(), from, to)) {
      rows.add(List.of(m.month(), m.institutionId(), m.name(), m.admissions(), m.discharges()));
    }
    return export(format, "lksa-movements", new ReportSheet("Anak masuk dan keluar",
        List.of("month", "institution_id", "name", "admissions", "discharges"),
        List.of("Bulan", "ID lembaga", "Nama lembaga", "Masuk", "Keluar"), rows));
  }

  @Operation(summary = "Attendance completeness: recorded resident-days / expected resident-days")
  @GetMapping("/reports/attendance")
  public List<LksaReports.Completeness> completeness(
      @Parameter(description = "First day (default: 29 days before 'to')") @RequestParam(required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day (default: today)") @RequestParam(required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return reports.completeness(access.caller(), from, to);
  }

  @GetMapping("/reports/attendance.{format:csv|xlsx}")
  public ResponseEntity<byte[]> completenessExport(@PathVariable String format,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    List<List<?>> rows = new ArrayList<>();
    for (LksaReports.Completeness c : reports.completeness(access.caller(), from, to)) {
      rows.add(Arrays.asList(c.institutionId(), c.name(), c.from(), c.to(), c.expectedResidentDays(),
          c.recordedResidentDays(), c.completenessPercent()));
    }
    return export(format, "lksa-attendance", new ReportSheet("Kelengkapan kehadiran",
        List.of("institution_id", "name", "from", "to", "expected_resident_days", "recorded_resident_days",
            "completeness_percent"),
        List.of("ID lembaga", "Nama lembaga", "Dari", "Sampai", "Hari-anak seharusnya", "Hari-anak tercatat",
            "Kelengkapan (%)"), rows));
  }

  /** A report as exported: CSV keeps machine-readable column names, XLSX has headings in Bahasa Indonesia. */
  record ReportSheet(String title, List<String> columns, List<String> headings, List<List<?>> rows) {}

  private static ResponseEntity<byte[]> export(String format, String name, ReportSheet sheet) {
    byte[] body;
    MediaType type;
    if ("xlsx".equals(format)) {
      body = XlsxSheets.bytes(List.of(new XlsxSheets.Sheet(sheet.title(), sheet.headings(), sheet.rows())));
      type = MediaType.parseMediaType(XlsxSheets.CONTENT_TYPE);
    } else {
      StringBuilder out = new StringBuilder(CsvCells.line(sheet.columns())).append("\r\n");
      for (List<?> row : sheet.rows()) {
        out.append(CsvCells.line(row)).append("\r\n");
      }
      body = out.toString().getBytes(StandardCharsets.UTF_8);
      type = new MediaType("text", "csv", StandardCharsets.UTF_8);
    }
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name + "." + format).build().toString()).contentType(type).body(body);
  }

  /** The version of an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}); null when absent or unreadable. */
  static Long version(String ifMatch) {
    if (ifMatch == null) {
      return null;
    }
    String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return -1L; // never matches: an unreadable If-Match must not skip the check
    }
  }
}
