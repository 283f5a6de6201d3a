package id.terpadu.reporting;

import id.terpadu.access.AccessListener;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.access.RegionScope;
import id.terpadu.organisation.Roles;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.reporting.ReportScope.Regency;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Who may read which report numbers: the one place reports decide it (docs/adr/0016-reports.md).
 * <ul>
 *   <li>Supervisors, heads of unit, the province and administrators read reports; everyone else (intake,
 *   caseworkers, partner agencies): 403, for the API and the page {@code /laporan}.</li>
 *   <li>A report counts only records in the caller's region scope ({@link RegionScope}, ADR 0012).
 *   Administrators carry no region scope in this product and read every region: a report holds counts only.</li>
 *   <li>{@code regencyCode} / {@code districtCode} narrow the scope; a region outside it (or unknown) answers
 *   404 {@value #REGION_NOT_FOUND}, as every out-of-scope read does.</li>
 * </ul>
 * Every decision is told to the {@link AccessListener}s (the access log): which report, period and filters.
 */
@Component
public class ReportAccess {

  public static final String REGION_NOT_FOUND = "REGION_NOT_FOUND";
  /** Roles that read reports. */
  public static final List<String> READERS = List.of(Roles.SUPERVISOR, Roles.HEAD, Roles.PROVINCE, Roles.ADMIN);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern REGENCY = Pattern.compile("\\d{4}");
  private static final Pattern DISTRICT = Pattern.compile("\\d{6}");
  private static final Pattern LOGGABLE = Pattern.compile("[0-9A-Za-z]{1,12}");

  private final Callers callers;
  private final RegionDirectory regions;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public ReportAccess(Callers callers, RegionDirectory regions, List<AccessListener> listeners, Clock clock) {
    this.callers = callers;
    this.regions = regions;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** Whether staff with these groups read reports (and open the page {@code /laporan}). */
  public static boolean mayRead(Collection<String> groupIds) {
    return groupIds.stream().anyMatch(READERS::contains);
  }

  /** The parameters of one report request, as they came (validated by {@link #scope}). */
  public record Request(String report, String fromYear, String toYear, String regencyCode, String districtCode,
      String groupBy) {}

  /**
   * The scope of one report request by the current caller.
   *
   * @throws ApiException 403 for roles that read no reports, 400 for invalid parameters, 404
   *     {@value #REGION_NOT_FOUND} for a regency or district filter that is unknown or outside the caller's scope
   */
  public ReportScope scope(Request request) {
    Caller caller = callers.current();
    String filters = filters(request);
    if (!mayRead(caller.groupIds())) {
      tell(caller.userId(), filters, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Your role may not read reports.");
    }
    ReportPeriod period = validate(request);
    RegionScope callerScope = caller.groupIds().contains(Roles.ADMIN) ? everyRegion() : caller.scope();
    String narrowedTo = request.districtCode() != null ? request.districtCode() : request.regencyCode();
    RegionScope effective = callerScope;
    if (narrowedTo != null) {
      RegionLevel level = RegionLevel.ofCode(narrowedTo);
      if (!regions.exists(narrowedTo, level) || !callerScope.contains(narrowedTo)) {
        tell(caller.userId(), filters, Outcome.NOT_FOUND);
        throw ApiException.notFound(REGION_NOT_FOUND, "No such region in your scope.");
      }
      effective = RegionScope.of(List.of(narrowedTo));
    }
    List<Regency> regencies = request.groupBy() == null ? List.of() : regenciesOf(effective);
    tell(caller.userId(), filters, Outcome.ALLOWED);
    return new ReportScope(caller.userId(), effective, period, regencies);
  }

  /** Every province: the scope of administrators, who read every region's counts. */
  private RegionScope everyRegion() {
    return RegionScope.of(regions.provinces().stream().map(Region::getCode).toList());
  }

  /** The regencies a grouped report lists: every regency inside the scope, in code order. */
  private List<Regency> regenciesOf(RegionScope scope) {
    Map<String, String> found = new TreeMap<>();
    for (String code : scope.codes()) {
      switch (RegionLevel.ofCode(code)) {
        case PROVINCE -> regions.children(code).forEach(r -> found.put(r.getCode(), r.getName()));
        default -> {
          String regency = code.substring(0, RegionLevel.REGENCY.codeLength());
          found.put(regency, regions.find(regency).map(Region::getName).orElse(regency));
        }
      }
    }
    List<Regency> list = new ArrayList<>();
    found.forEach((code, name) -> list.add(new Regency(code, name)));
    return list;
  }

  private ReportPeriod validate(Request request) {
    List<FieldProblem> problems = new ArrayList<>();
    int thisYear = LocalDate.now(clock.withZone(UnitTimeZones.WIB)).getYear();
    Integer to = year("toYear", request.toYear(), thisYear, thisYear, problems);
    Integer from = year("fromYear", request.fromYear(), to == null ? thisYear : to - 4, thisYear, problems);
    if (from != null && to != null) {
      if (from > to) {
        problems.add(new FieldProblem("fromYear", "RANGE", "Tahun awal tidak boleh setelah tahun akhir."));
      } else if (to - from + 1 > ReportPeriod.MAX_YEARS) {
        problems.add(new FieldProblem("fromYear", "RANGE",
            "Satu laporan mencakup paling banyak " + ReportPeriod.MAX_YEARS + " tahun."));
      }
    }
    if (request.regencyCode() != null && !REGENCY.matcher(request.regencyCode()).matches()) {
      problems.add(new FieldProblem("regencyCode", "INVALID",
          "Kode kabupaten/kota terdiri atas 4 angka, mis. 3504."));
    }
    if (request.districtCode() != null) {
      if (!DISTRICT.matcher(request.districtCode()).matches()) {
        problems.add(new FieldProblem("districtCode", "INVALID",
            "Kode kecamatan terdiri atas 6 angka, mis. 350401."));
      } else if (request.regencyCode() != null && !request.districtCode().startsWith(request.regencyCode())) {
        problems.add(new FieldProblem("districtCode", "MISMATCH",
            "Kecamatan ini tidak berada di kabupaten/kota yang dipilih."));
      }
    }
    if (request.groupBy() != null && !"regency".equals(request.groupBy())) {
      problems.add(new FieldProblem("groupBy", "INVALID", "Pengelompokan yang tersedia hanya per kabupaten/kota."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new ReportPeriod(from, to);
  }

  private static Integer year(String field, String value, int fallback, int thisYear, List<FieldProblem> problems) {
    if (value == null) {
      return fallback;
    }
    if (!YEAR.matcher(value).matches()) {
      problems.add(new FieldProblem(field, "INVALID", "Tahun ditulis dengan 4 angka, mis. 2024."));
      return null;
    }
    int year = Integer.parseInt(value);
    if (year < ReportPeriod.EARLIEST || year > thisYear + 1) {
      problems.add(new FieldProblem(field, "OUT_OF_RANGE",
          "Tahun harus antara " + ReportPeriod.EARLIEST + " dan " + (thisYear + 1) + "."));
      return null;
    }
    return year;
  }

  /** The request for the access log: the report and its parameters (codes and years only). */
  private static String filters(Request request) {
    StringBuilder s = new StringBuilder("report=").append(request.report());
    append(s, "fromYear", request.fromYear());
    append(s, "toYear", request.toYear());
    append(s, "regencyCode", request.regencyCode());
    append(s, "districtCode", request.districtCode());
    append(s, "groupBy", request.groupBy());
    return s.toString();
  }

  private static void append(StringBuilder s, String name, String value) {
    if (value != null) {
      s.append(' ').append(name).append('=').append(LOGGABLE.matcher(value).matches() ? value : "(invalid)");
    }
  }

  private void tell(String userId, String filters, Outcome outcome) {
    Decision decision = new Decision(clock.instant(), userId, null, null, filters, null, outcome);
    listeners.forEach(l -> l.decided(decision));
  }
}
