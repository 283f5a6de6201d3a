package id.terpadu.reporting;

import id.terpadu.reporting.ReportAccess.Request;
import id.terpadu.reporting.ReportExport.Format;
import id.terpadu.reporting.ReportScope.Regency;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report API, {@code /api/reports/*}: JSON by default, CSV or XLSX with {@code format=csv|xlsx}. Who reads
 * which numbers is decided by {@link ReportAccess} (403 roles, 404 regions outside the scope); what the numbers
 * mean is docs/reports.md.
 */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

  private final ReportAccess access;
  private final Reports reports;

  public ReportController(ReportAccess access, Reports reports) {
    this.access = access;
    this.reports = reports;
  }

  @Operation(summary = "Cases by primary category and year of receipt (every category, every year, zeros included)")
  @GetMapping("/case-responses")
  public Object caseResponses(
      @Parameter(description = "First year (yyyy), default four years before toYear") @RequestParam(required = false) String fromYear,
      @Parameter(description = "Last year (yyyy), default this year") @RequestParam(required = false) String toYear,
      @Parameter(description = "Only this regency (4 digits), inside your scope") @RequestParam(required = false) String regencyCode,
      @Parameter(description = "Only this district (6 digits), inside your scope") @RequestParam(required = false) String districtCode,
      @Parameter(description = "regency: one row set per regency besides the totals") @RequestParam(required = false) String groupBy,
      @Parameter(description = "json (default), csv or xlsx") @RequestParam(required = false) String format,
      HttpServletResponse response) throws IOException {
    return answer(new Request("case-responses", fromYear, toYear, regencyCode, districtCode, groupBy),
        format, response, reports::caseResponses, ReportTable::of);
  }

  @Operation(summary = "Prevention activities per year: how many of each kind, participants by sex and age group")
  @GetMapping("/prevention-activities")
  public Object prevention(@RequestParam(required = false) String fromYear,
      @RequestParam(required = false) String toYear, @RequestParam(required = false) String regencyCode,
      @RequestParam(required = false) String districtCode, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
    return answer(new Request("prevention-activities", fromYear, toYear, regencyCode, districtCode, groupBy),
        format, response, reports::prevention, ReportTable::of);
  }

  @Operation(summary = "Outreach per year: distinct villages and districts visited, children reached")
  @GetMapping("/outreach")
  public Object outreach(@RequestParam(required = false) String fromYear,
      @RequestParam(required = false) String toYear, @RequestParam(required = false) String regencyCode,
      @RequestParam(required = false) String districtCode, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
    return answer(new Request("outreach", fromYear, toYear, regencyCode, districtCode, groupBy),
        format, response, reports::outreach, ReportTable::of);
  }

  @Operation(summary = "Referral outcomes per partner agency for the cases received in the period")
  @GetMapping("/referrals")
  public Object referrals(@RequestParam(required = false) String fromYear,
      @RequestParam(required = false) String toYear, @RequestParam(required = false) String regencyCode,
      @RequestParam(required = false) String districtCode, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
    return answer(new Request("referrals", fromYear, toYear, regencyCode, districtCode, groupBy),
        format, response, reports::referrals, ReportTable::of);
  }

  @Operation(summary = "Time to triage, first completed referral and termination; deadlines met per stage")
  @GetMapping("/timeliness")
  public Object timeliness(@RequestParam(required = false) String fromYear,
      @RequestParam(required = false) String toYear, @RequestParam(required = false) String regencyCode,
      @RequestParam(required = false) String districtCode, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
    return answer(new Request("timeliness", fromYear, toYear, regencyCode, districtCode, groupBy),
        format, response, reports::timeliness, ReportTable::of);
  }

  @Operation(summary = "The regencies of the caller's report scope (for the page's filters)")
  @GetMapping("/regions")
  public List<Regency> regions() {
    return access.scope(new Request("regions", null, null, null, null, "regency")).regencies();
  }

  private <T> Object answer(Request request, String format, HttpServletResponse response,
      Function<ReportScope, T> report, Function<T, ReportTable> table) throws IOException {
    ReportScope scope = access.scope(request);
    Format export = format(format);
    T result = report.apply(scope);
    if (export == null) {
      return result;
    }
    String file = "laporan-" + table.apply(result).name() + "-" + scope.period().fromYear() + "-"
        + scope.period().toYear() + (request.districtCode() != null ? "-" + request.districtCode()
        : request.regencyCode() != null ? "-" + request.regencyCode() : "") + "." + export.extension;
    response.setStatus(200);
    response.setContentType(export.contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    ReportExport.write(table.apply(result), export, response.getOutputStream());
    response.flushBuffer();
    return null;
  }

  private static Format format(String format) {
    if (format == null || format.equals("json")) {
      return null;
    }
    return switch (format) {
      case "csv" -> Format.CSV;
      case "xlsx" -> Format.XLSX;
      default -> throw ApiException.validation(List.of(new FieldProblem("format", "INVALID",
          "Format ekspor yang tersedia: csv atau xlsx.")));
    };
  }

}
