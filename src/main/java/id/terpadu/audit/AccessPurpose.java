package id.terpadu.audit;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a staff member read a case or a person: the purpose column of the access log. A caller states it in the
 * {@value #HEADER} header (one of these codes); without the header it is derived from the request ({@link #derive}).
 * Codes only, never free text: a typed reason could hold a child's name, and the log holds ids and codes only.
 */
public enum AccessPurpose {
  /** Working on a task of the case (Tasklist, a task form). */
  TASK_WORK,
  /** Reading the case file or person record to follow up the case. */
  CASE_REVIEW,
  /** Searching or listing cases or persons (front office, duplicate check). */
  LOOKUP,
  /** Report figures. */
  REPORT,
  /** A download of rows (CSV, XLSX). */
  EXPORT,
  /** Supervision: the case's access log, approvals, case conferences. */
  SUPERVISION,
  /** A case transfer between units. */
  TRANSFER,
  /** An audit by an administrator or data protection officer. */
  AUDIT;

  public static final String HEADER = "X-Terpadu-Purpose";

  /** The purpose the request states, null without the header; 400 for an unknown code. */
  static AccessPurpose stated(HttpServletRequest request) {
    String raw = request.getHeader(HEADER);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String code = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (AccessPurpose purpose : values()) {
      if (purpose.name().equals(code)) {
        return purpose;
      }
    }
    throw ApiException.validation(List.of(new FieldProblem(HEADER, "UNKNOWN_PURPOSE",
        "Tujuan akses tidak dikenal. Pilihan: " + Arrays.stream(values()).map(Enum::name)
            .collect(Collectors.joining(", ")) + ".")));
  }

  /**
   * The purpose of a request that states none: an export for CSV/XLSX downloads, a report for {@code /api/reports},
   * supervision for access-log reads and case conferences, a transfer for transfer routes, task work when the call
   * comes from Tasklist, a lookup for lists and searches, otherwise a case review.
   */
  static AccessPurpose derive(HttpServletRequest request, String route, boolean listQuery) {
    String format = request.getParameter("format");
    if (route.endsWith(".csv") || route.endsWith(".xlsx") || route.contains("{format") || route.contains("/export")
        || "csv".equalsIgnoreCase(format) || "xlsx".equalsIgnoreCase(format)) {
      return EXPORT;
    }
    if (route.startsWith("/api/reports")) {
      return REPORT;
    }
    if (route.contains("access-log")) {
      return route.startsWith("/api/access-log") ? AUDIT : SUPERVISION;
    }
    if (route.contains("transfer")) {
      return TRANSFER;
    }
    if (route.contains("conference") || route.contains("case-meetings") || route.endsWith("/decisions")) {
      return SUPERVISION;
    }
    String referer = request.getHeader("Referer");
    if (referer != null && referer.contains("/camunda/app/tasklist")) {
      return TASK_WORK;
    }
    return listQuery ? LOOKUP : CASE_REVIEW;
  }
}
