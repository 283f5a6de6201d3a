package id.terpadu.lksa;

import id.terpadu.access.Caller;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.process.Privileged;
import id.terpadu.region.RegionDirectory;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, editing and reading institutions, through {@link LksaAccess}. */
@Service
public class Institutions {

  private final InstitutionRepository institutions;
  private final ResidenceRepository residences;
  private final LksaAccess access;
  private final RegionDirectory regions;
  private final OrganisationService organisation;
  private final IdentityService identity;
  private final Clock clock;

  public Institutions(InstitutionRepository institutions, ResidenceRepository residences, LksaAccess access,
      RegionDirectory regions, OrganisationService organisation, IdentityService identity, Clock clock) {
    this.identity = identity;
    this.institutions = institutions;
    this.residences = residences;
    this.access = access;
    this.regions = regions;
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * Registers an institution and creates its staff group {@code lksa-<code>} (members are added in Camunda Admin).
   *
   * @throws ApiException 400 invalid fields, 403/404 not allowed there, 409 code taken
   */
  @Transactional
  public Institution create(Caller caller, InstitutionInput input) {
    InstitutionInput.Valid valid = input.validate(true, regions::exists);
    access.mayCreateIn(caller, mostPrecise(valid));
    return register(valid, caller.userId());
  }

  /** Registers an institution for the application (demo data, imports): validated, no caller's access check. */
  @Transactional
  public Institution register(InstitutionInput input, String createdBy) {
    return register(input.validate(true, regions::exists), createdBy);
  }

  private Institution register(InstitutionInput.Valid valid, String createdBy) {
    if (institutions.existsByCode(valid.code())) {
      throw ApiException.conflict(LksaProblems.INSTITUTION_EXISTS, "An institution with this code exists.");
    }
    Institution institution = new Institution(valid.code(), createdBy, clock.instant());
    institution.apply(valid);
    try {
      institutions.saveAndFlush(institution);
    } catch (DataIntegrityViolationException e) {
      throw ApiException.conflict(LksaProblems.INSTITUTION_EXISTS, "An institution with this code exists.");
    }
    // The caller's right was decided above; the group is created for the application (supervisors hold no GROUP
    // grants in the engine).
    Privileged.asApplication(identity, () ->
        organisation.ensureGroup(institution.staffGroup(), "Petugas " + valid.name(), LksaRoles.GROUP_TYPE));
    return institution;
  }

  /**
   * Changes an institution (not its code). The new region must lie in the editor's scope too.
   *
   * @param expectedVersion the version the editor read (If-Match), or null to skip the check
   */
  @Transactional
  public Institution edit(Caller caller, long id, InstitutionInput input, Long expectedVersion) {
    Institution institution = access.institutionForEditing(caller, id);
    InstitutionInput.Valid valid = input.validate(false, regions::exists);
    access.mayCreateIn(caller, mostPrecise(valid));
    if (expectedVersion != null && expectedVersion != institution.getVersion()) {
      throw ApiException.conflict(LksaProblems.VERSION_CONFLICT,
          "The institution was changed by someone else; reload it and edit again.");
    }
    institution.apply(valid);
    institution.touched(clock.instant());
    institutions.flush();
    return institution;
  }

  @Transactional(readOnly = true)
  public InstitutionView view(Caller caller, long id) {
    return view(access.institutionForReading(caller, id));
  }

  @Transactional(readOnly = true)
  public List<InstitutionView> list(Caller caller) {
    List<Institution> visible = institutions.findAll(access.visibleInstitutions(caller),
        Sort.by("regencyCode", "name", "id"));
    Map<Long, Long> open = new HashMap<>();
    if (!visible.isEmpty()) {
      for (Object[] row : residences.countOpenStays(visible.stream().map(Institution::getId).toList())) {
        open.put((Long) row[0], (Long) row[1]);
      }
    }
    return visible.stream().map(i -> InstitutionView.of(i, open.getOrDefault(i.getId(), 0L))).toList();
  }

  InstitutionView view(Institution institution) {
    return InstitutionView.of(institution, residences.countOpenStays(List.of(institution.getId())).stream()
        .mapToLong(row -> (Long) row[1]).sum());
  }

  private static String mostPrecise(InstitutionInput.Valid valid) {
    if (valid.villageCode() != null) {
      return valid.villageCode();
    }
    return valid.districtCode() != null ? valid.districtCode() : valid.regencyCode();
  }
}
