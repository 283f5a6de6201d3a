package id.terpadu.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading case files: list, detail, timeline. Who may read what is decided by {@link CaseAccess}: 404 for a
 * case outside the caller's region, 403 for a role that may not read it.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

  private final CaseFileQueries queries;
  private final CaseCategories categories;

  public CaseController(CaseFileQueries queries, CaseCategories categories) {
    this.queries = queries;
    this.categories = categories;
  }

  @Operation(summary = "The cases the caller may read, newest received first, filtered and paged")
  @GetMapping
  public CaseSummary.Page list(
      @Parameter(description = "OPEN or CLOSED") @RequestParam(required = false) String status,
      @Parameter(description = "Stage code, e.g. TRIAGE") @RequestParam(required = false) String stage,
      @Parameter(description = "A category code the case has") @RequestParam(required = false) String category,
      @Parameter(description = "Part of the case number (or an imported case's spreadsheet number) or of the child's name") @RequestParam(required = false)
      String q,
      @Parameter(description = "true: only open imported cases whose process nobody has started yet (take-up)")
      @RequestParam(required = false) String awaitingTakeUp,
      @Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
      @Parameter(description = "Cases per page, 1–100, default 20") @RequestParam(required = false) String size) {
    return queries.list(CaseListQuery.parse(status, stage, category, q, awaitingTakeUp, page, size, categories));
  }

  @Operation(summary = "One case file")
  @GetMapping("/{id}")
  public CaseDetail detail(@PathVariable long id) {
    return queries.detail(id);
  }

  @Operation(summary = "The case's audit trail: case file records and process history, oldest first")
  @GetMapping("/{id}/timeline")
  public List<TimelineEntry> timeline(@PathVariable long id) {
    return queries.timeline(id);
  }
}
