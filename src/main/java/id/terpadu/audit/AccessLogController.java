package id.terpadu.audit;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.access.AccessListener.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the access log: a case's rows for the supervisors and head of its unit and for administrators
 * (decided by {@link CaseAccess}), the whole log for administrators. Newest first.
 */
@RestController
public class AccessLogController {

  private final AccessLogRepository entries;
  private final CaseAccess access;

  AccessLogController(AccessLogRepository entries, CaseAccess access) {
    this.entries = entries;
    this.access = access;
  }

  @Operation(summary = "Who read this case, when, from where, why (purpose), and whether it was allowed (newest first)")
  @GetMapping("/api/cases/{id}/access-log")
  public AccessLogPage ofCase(@PathVariable long id,
      @Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
      @Parameter(description = "Rows per page, 1–200, default 50") @RequestParam(required = false) String size) {
    access.accessLogReadable(id);
    return find(AccessLogQuery.ofCase(id, page, size));
  }

  @Operation(summary = "The access log of every case and person read and list query (administrators)")
  @GetMapping("/api/access-log")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  public AccessLogPage search(
      @Parameter(description = "User id") @RequestParam(required = false) String user,
      @Parameter(description = "Case id") @RequestParam(name = "case", required = false) Long caseId,
      @Parameter(description = "Person id") @RequestParam(name = "person", required = false) Long personId,
      @Parameter(description = "From (inclusive): ISO-8601 time with offset, or a date (whole day, WIB)")
      @RequestParam(required = false) String from,
      @Parameter(description = "To (exclusive): ISO-8601 time with offset, or a date (that day included, WIB)")
      @RequestParam(required = false) String to,
      @Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
      @Parameter(description = "Rows per page, 1–200, default 50") @RequestParam(required = false) String size) {
    return find(AccessLogQuery.parse(user, caseId, personId, from, to, page, size));
  }

  private AccessLogPage find(AccessLogQuery query) {
    Page<AccessLogEntry> found = entries.findAll(query.where(), PageRequest.of(query.page(), query.size(),
        Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
    return new AccessLogPage(found.getContent().stream().map(AccessLogRow::of).toList(), query.page(),
        query.size(), found.getTotalElements());
  }

  /**
   * One row as the API shows it; {@code purpose} is why the record was read, {@code purposeStated} whether the caller
   * stated it ({@code X-Terpadu-Purpose}) or it was derived from the request (both null in rows older than V46).
   */
  public record AccessLogRow(long id, Instant at, String userId, String clientIp, String action, Long caseId,
      Long personId, String filters, Long resultCount, Outcome outcome, int httpStatus, AccessPurpose purpose,
      Boolean purposeStated) {

    static AccessLogRow of(AccessLogEntry e) {
      return new AccessLogRow(e.getId(), e.getAt(), e.getUserId(), e.getClientIp(), e.getAction(), e.getCaseId(),
          e.getPersonId(), e.getFilters(), e.getResultCount(), e.getOutcome(), e.getHttpStatus(), e.getPurpose(),
          e.getPurposeStated());
    }
  }

  /** A page of the log; {@code total} counts every matching row. */
  public record AccessLogPage(List<AccessLogRow> items, int page, int size, long total) {}
}
