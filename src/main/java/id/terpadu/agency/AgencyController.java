package id.terpadu.agency;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner agency directory. Every staff member may read it (caseworkers choose where to refer);
 * only administrators change it.
 */
@RestController
@RequestMapping("/api/agencies")
public class AgencyController {

  private static final String ADMIN_ONLY = "hasAuthority('GROUP_camunda-admin')";

  private final AgencyDirectory directory;

  public AgencyController(AgencyDirectory directory) {
    this.directory = directory;
  }

  @Operation(summary = "Agencies by name, active only unless includeInactive; optional filters by service "
      + "type (code of reference/service-types.csv) and served regency (4 digits)")
  @GetMapping
  public List<AgencyView> list(@RequestParam(required = false) String serviceType,
      @RequestParam(required = false) String regencyCode,
      @RequestParam(defaultValue = "false") boolean includeInactive) {
    return directory.list(serviceType, regencyCode, includeInactive).stream().map(AgencyView::of).toList();
  }

  @Operation(summary = "One agency by its code, active or not")
  @GetMapping("/{code}")
  public AgencyView agency(@PathVariable String code) {
    return AgencyView.of(directory.get(code));
  }

  @Operation(summary = "Register an agency and its Camunda group agency-<code> (administrators)")
  @PostMapping
  @PreAuthorize(ADMIN_ONLY)
  public ResponseEntity<AgencyView> create(@RequestBody AgencyInput input) {
    Agency agency = directory.create(input);
    return ResponseEntity.created(URI.create("/api/agencies/" + agency.getCode())).body(AgencyView.of(agency));
  }

  @Operation(summary = "Replace an agency's name, contacts, regencies and service types (administrators)")
  @PutMapping("/{code}")
  @PreAuthorize(ADMIN_ONLY)
  public AgencyView update(@PathVariable String code, @RequestBody AgencyInput input) {
    return AgencyView.of(directory.update(code, input));
  }

  @Operation(summary = "Deactivate an agency: no new referrals; its record and history stay (administrators)")
  @DeleteMapping("/{code}")
  @PreAuthorize(ADMIN_ONLY)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void deactivate(@PathVariable String code) {
    directory.deactivate(code);
  }

  /** An agency as the API reports it. */
  public record AgencyView(String code, String name, String groupId, String email, String phone, boolean active,
      Set<String> regencyCodes, Set<String> serviceTypes) {
    static AgencyView of(Agency a) {
      return new AgencyView(a.getCode(), a.getName(), a.getGroupId(), a.getEmail(), a.getPhone(), a.isActive(),
          a.getRegencyCodes(), a.getServiceTypes());
    }
  }
}
