package id.terpadu.vulnerable;

import id.terpadu.access.Caller;
import id.terpadu.organisation.Roles;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vulnerable women and children registry API ({@code /api/vulnerable}): categories, entries, DTKS status
 * lists, the per-regency summary, handover exports and their log. Access: {@link VulnerableAccess}.
 */
@RestController
@RequestMapping("/api/vulnerable")
public class VulnerableController {

  private final VulnerableRegistry registry;
  private final VulnerableSummary summary;
  private final HandoverExport export;
  private final VulnerableAccess access;
  private final ExportLogRepository exportLog;

  VulnerableController(VulnerableRegistry registry, VulnerableSummary summary, HandoverExport export,
      VulnerableAccess access, ExportLogRepository exportLog) {
    this.registry = registry;
    this.summary = summary;
    this.export = export;
    this.access = access;
    this.exportLog = exportLog;
  }

  /** One category of the registry. */
  public record CategoryView(String code, String label, boolean needsCause, String forSex, Integer minAge,
      Integer maxAge) {}

  /** A registration or update: the person (registration only) and their categories. */
  public record EntryRequest(Long personId, List<EntryRules.CategoryInput> categories) {}

  /** The purpose of an export (required). */
  public record ExportRequest(String purpose) {}

  @Operation(summary = "The registry's categories (reference data)")
  @GetMapping("/categories")
  public List<CategoryView> categories() {
    return registry.categories().stream().map(c -> new CategoryView(c.getCode(), c.getLabel(), c.isNeedsCause(),
        c.getForSex(), c.getMinAge(), c.getMaxAge())).toList();
  }

  @Operation(summary = "Register a person of the caller's region in one or more categories; starts the"
      + " basic-needs assessment")
  @PostMapping("/entries")
  public ResponseEntity<VulnerableRegistry.Detail> register(@RequestBody EntryRequest request) {
    VulnerableRegistry.Detail created = registry.register(request.personId(), request.categories());
    return ResponseEntity.created(URI.create("/api/vulnerable/entries/" + created.entry().id())).body(created);
  }

  @Operation(summary = "Entries of the caller's region, filtered; paged")
  @GetMapping("/entries")
  public EntryView.Page list(
      @Parameter(description = "Category code") @RequestParam(required = false) String category,
      @Parameter(description = "IN_DTKS, NOT_IN_DTKS, NOT_IDENTIFIABLE or UNMATCHED")
      @RequestParam(required = false) String dtksStatus,
      @Parameter(description = "NONE, RECORDING, AWAITING_VERIFICATION or VERIFIED")
      @RequestParam(required = false) String assessmentStatus,
      @Parameter(description = "Region code of any level") @RequestParam(required = false) String region,
      @RequestParam(required = false) String ageMin, @RequestParam(required = false) String ageMax,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    return registry.list(EntryFilter.parse(category, dtksStatus, assessmentStatus, region, ageMin, ageMax, page,
        size));
  }

  @Operation(summary = "One entry with its assessments")
  @GetMapping("/entries/{id}")
  public VulnerableRegistry.Detail read(@PathVariable long id) {
    return registry.read(id);
  }

  @Operation(summary = "Change an entry's categories (the region is refreshed from the person)")
  @PutMapping("/entries/{id}")
  public VulnerableRegistry.Detail update(@PathVariable long id, @RequestBody EntryRequest request) {
    return registry.update(id, request.categories());
  }

  @Operation(summary = "Start a new basic-needs assessment of an entry (409 while one runs)")
  @PostMapping("/entries/{id}/assessments")
  public VulnerableRegistry.Detail reassess(@PathVariable long id) {
    return registry.reassess(id);
  }

  @Operation(summary = "Registry numbers per regency in the caller's scope, with totals")
  @GetMapping("/summary")
  public VulnerableSummary.Summary summary() {
    return summary.summary();
  }

  @Operation(summary = "Export a handover list (CSV or XLSX) of the filtered entries; the purpose is required"
      + " and the export is logged")
  @PostMapping("/export")
  public void export(@RequestParam(required = false) String format,
      @RequestParam(required = false) String category, @RequestParam(required = false) String dtksStatus,
      @RequestParam(required = false) String assessmentStatus, @RequestParam(required = false) String region,
      @RequestParam(required = false) String ageMin, @RequestParam(required = false) String ageMax,
      @RequestBody(required = false) ExportRequest request, HttpServletResponse response) throws IOException {
    EntryFilter filter = EntryFilter.parse(category, dtksStatus, assessmentStatus, region, ageMin, ageMax, null,
        null);
    HandoverExport.Prepared prepared = export.prepare(filter, format, request == null ? null : request.purpose());
    response.setContentType(prepared.format().contentType);
    response.setHeader("Content-Disposition", "attachment; filename=\"daftar-serah-rentan-" + LocalDate.now()
        + "." + prepared.format().extension + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Export-Log-Id", String.valueOf(prepared.logId()));
    HandoverFile.write(prepared.rows(), prepared.format(), response.getOutputStream());
  }

  @Operation(summary = "The export log: the caller's unit's exports (supervisors, head) or all (administrators)")
  @GetMapping("/exports")
  public ExportLogView.Page exports(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    Caller caller = access.exportLogReader();
    int p = number(page, "page", 0, 1_000_000, 0);
    int s = number(size, "size", 1, 100, 20);
    Specification<ExportLogEntry> where = caller.hasAnyRole(List.of(Roles.ADMIN)) ? Specification.where(null)
        : (root, query, cb) -> {
          List<Predicate> any = new ArrayList<>();
          any.add(cb.equal(root.get("exportedBy"), caller.userId()));
          for (String group : caller.groupIds()) {
            for (String role : List.of(Roles.SUPERVISOR, Roles.HEAD)) {
              if (group.matches(role + "-\\d{4}")) {
                any.add(cb.like(root.get("ownerUnits"), "%," + group.substring(role.length() + 1) + ",%"));
              }
            }
          }
          return cb.or(any.toArray(Predicate[]::new));
        };
    Page<ExportLogEntry> found = exportLog.findAll(where, PageRequest.of(p, s,
        Sort.by(Sort.Order.desc("exportedAt"), Sort.Order.desc("id"))));
    return new ExportLogView.Page(found.getContent().stream().map(ExportLogView::of).toList(), p, s,
        found.getTotalElements());
  }

  private static int number(String value, String field, int low, int high, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= low && n <= high) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.validation(List.of(new FieldProblem(field, "INVALID",
        "Harus angka antara " + low + " dan " + high + ".")));
  }
}
