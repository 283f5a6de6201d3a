package id.terpadu.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the person registry: search and one person with the services they received. Who may read what is
 * decided by {@link PersonAccess}: 404 outside the caller's region, 403 for roles that read no person records.
 */
@RestController
@RequestMapping("/api/persons")
public class PersonController {

  private final PersonQueries queries;

  public PersonController(PersonQueries queries) {
    this.queries = queries;
  }

  @Operation(summary = "Persons of the caller's region: by exact NIK, by name (ranked, spelling variants), or all;"
      + " paged; merged records excluded unless merged=true")
  @GetMapping
  public PersonView.Page search(
      @Parameter(description = "Exact NIK (16 digits)") @RequestParam(required = false) String nik,
      @Parameter(description = "Part of the name (2–100 characters)") @RequestParam(required = false) String q,
      @Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
      @Parameter(description = "Persons per page, 1–100, default 20") @RequestParam(required = false) String size,
      @Parameter(description = "true: list records merged into another one too") @RequestParam(required = false)
      String merged) {
    return queries.search(PersonSearch.parse(nik, q, page, size, merged));
  }

  @Operation(summary = "One person: record (ETag = version), NIK warnings, relationships, merges, and the services"
      + " they received (cases, referrals); a merged record answers with person.mergedIntoId")
  @GetMapping("/{id}")
  public ResponseEntity<PersonView.Detail> detail(@PathVariable long id) {
    PersonView.Detail detail = queries.detail(id);
    return ResponseEntity.ok().eTag(Long.toString(detail.person().version())).body(detail);
  }
}
