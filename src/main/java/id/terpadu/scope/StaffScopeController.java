package id.terpadu.scope;

import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.StaffNames;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators manage which regions each staff member works in (Camunda Admin cannot hold it): province,
 * regency, district or village codes of the region directory. A change applies from the caller's next request
 * on every node, since every request reads the scope from the database.
 */
@RestController
@RequestMapping("/api/staff")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class StaffScopeController {

  public static final String STAFF_NOT_FOUND = "STAFF_NOT_FOUND";
  static final int MAX_CODES = 50;
  static final int MAX_STAFF = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(StaffScopeController.class);

  private final OrganisationService organisation;
  private final IdentityService identity;
  private final RegionDirectory regions;

  StaffScopeController(OrganisationService organisation, IdentityService identity, RegionDirectory regions) {
    this.organisation = organisation;
    this.identity = identity;
    this.regions = regions;
  }

  @Operation(summary = "Staff accounts with their region scope (administrators)")
  @GetMapping
  public List<StaffView> list(
      @Parameter(description = "Part of the user id or name") @RequestParam(required = false) String q) {
    String text = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
    List<User> users = identity.createUserQuery().orderByUserId().asc().listPage(0, MAX_STAFF).stream()
        .filter(u -> text == null || (u.getId() + " " + StaffNames.fullName(u)).toLowerCase(Locale.ROOT).contains(text))
        .toList();
    Map<String, List<String>> scopes = organisation.scopesOf(users.stream().map(User::getId).toList());
    return users.stream().map(u -> new StaffView(u.getId(), StaffNames.fullName(u), scopes.getOrDefault(u.getId(), List.of())))
        .toList();
  }

  @Operation(summary = "One staff member's region scope (administrators)")
  @GetMapping("/{userId}/scope")
  public ScopeView scope(@PathVariable String userId) {
    existing(userId);
    return view(userId);
  }

  @Operation(summary = "Replace a staff member's region scope; effective with their next request (administrators)")
  @PutMapping("/{userId}/scope")
  public ScopeView replace(@PathVariable String userId, @RequestBody ScopeChange change,
      @AuthenticationPrincipal String adminId) {
    existing(userId);
    List<String> codes = validate(change);
    organisation.replaceScope(userId, codes);
    LOG.info("Region scope of staff member '{}' set to {} by '{}'", userId, codes, adminId);
    return view(userId);
  }

  /** The new scope: every code the staff member works in (an empty list: no region at all). */
  public record ScopeChange(List<String> regionCodes) {}

  /** A staff member's scope, each region with its level and name. */
  public record ScopeView(String userId, List<RegionView> regions) {}

  /** One region of a scope. */
  public record RegionView(String code, RegionLevel level, String name) {}

  /** A staff account in the list. */
  public record StaffView(String userId, String name, List<String> scope) {}

  List<String> validate(ScopeChange change) {
    List<FieldProblem> problems = new ArrayList<>();
    if (change == null || change.regionCodes() == null) {
      throw ApiException.validation(List.of(new FieldProblem("regionCodes", "REQUIRED",
          "Isi daftar kode wilayah (boleh kosong: tanpa wilayah).")));
    }
    if (change.regionCodes().size() > MAX_CODES) {
      throw ApiException.validation(List.of(new FieldProblem("regionCodes", "LENGTH",
          "Paling banyak " + MAX_CODES + " kode wilayah.")));
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < change.regionCodes().size(); i++) {
      String raw = change.regionCodes().get(i);
      String code = raw == null ? null : raw.trim();
      String field = "regionCodes[" + i + "]";
      RegionLevel level = RegionLevel.find(code).orElse(null);
      if (level == null) {
        problems.add(new FieldProblem(field, "FORMAT",
            "Kode wilayah harus terdiri dari 2, 4, 6 atau 10 angka (provinsi, kabupaten/kota, kecamatan, desa)."));
      } else if (!regions.exists(code, level)) {
        problems.add(new FieldProblem(field, "UNKNOWN_CODE",
            "Kode wilayah " + code + " tidak ada dalam daftar wilayah."));
      } else {
        codes.add(code);
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return List.copyOf(codes);
  }

  private void existing(String userId) {
    if (!organisation.userExists(userId)) {
      throw ApiException.notFound(STAFF_NOT_FOUND, "No staff account has this user id.");
    }
  }

  private ScopeView view(String userId) {
    return new ScopeView(userId, organisation.scopeOf(userId).stream()
        .map(code -> new RegionView(code, RegionLevel.find(code).orElse(null),
            regions.find(code).map(Region::getName).orElse(null)))
        .toList());
  }

}
