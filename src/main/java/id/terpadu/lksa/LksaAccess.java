package id.terpadu.lksa;

import id.terpadu.access.AccessListener;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.access.RegionScope;
import id.terpadu.organisation.Roles;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who reads and changes institutions, residents and attendance (one place, ADR 0012 and ADR 0019). Institutions
 * are regional records ({@link RegionScope}); an institution outside the caller's scope, that is not the caller's
 * own, does not exist for them (404); a role that may not → 403.
 * <ul>
 *   <li>Institutions: administrators manage all; the regency's supervisors and head create and edit those of their
 *   scope; the unit's staff (intake, caseworkers) and the province read those of their scope; an institution's
 *   staff (group {@code lksa-<code>}) read their own.</li>
 *   <li>Residents: the institution's own staff, and the supervisors and head of its region, read them; the
 *   supervisors and head admit; they or the institution's staff discharge. Administrators and other roles read no
 *   child data (403). Caseworkers see placements through their cases ({@code casefile.CaseAccess}).</li>
 *   <li>Attendance is recorded by the institution's own staff only.</li>
 * </ul>
 * Reads of residents (one, or a list) are told to the {@link AccessListener}s with the person id.
 */
@Component
public class LksaAccess {

  static final List<String> MANAGERS = List.of(Roles.SUPERVISOR, Roles.HEAD);
  static final List<String> INSTITUTION_READERS = List.of(Roles.INTAKE, Roles.CASEWORKER, Roles.SUPERVISOR,
      Roles.HEAD, Roles.PROVINCE);

  private final Callers callers;
  private final InstitutionRepository institutions;
  private final ResidenceRepository residences;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public LksaAccess(Callers callers, InstitutionRepository institutions, ResidenceRepository residences,
      List<AccessListener> listeners, Clock clock) {
    this.callers = callers;
    this.institutions = institutions;
    this.residences = residences;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  public Caller caller() {
    return callers.current();
  }

  static boolean isAdmin(Caller caller) {
    return caller.groupIds().contains(Roles.ADMIN);
  }

  static boolean isStaffOf(Caller caller, Institution institution) {
    return caller.groupIds().contains(institution.staffGroup());
  }

  static boolean managesInScope(Caller caller, Institution institution) {
    return caller.hasAnyRole(MANAGERS) && caller.scope().contains(institution);
  }

  /** An institution whose details the caller may read. */
  public Institution institutionForReading(Caller caller, long id) {
    Institution institution = institutions.findById(id).orElse(null);
    if (institution != null && (isAdmin(caller) || isStaffOf(caller, institution))) {
      return institution;
    }
    Institution found = visible(caller, institution);
    if (!caller.hasAnyRole(INSTITUTION_READERS)) {
      throw ApiException.forbidden("Your role may not read child welfare institutions.");
    }
    return found;
  }

  /** An institution the caller may edit: administrators, or the supervisors and head of its region. */
  public Institution institutionForEditing(Caller caller, long id) {
    Institution institution = institutions.findById(id).orElse(null);
    if (institution != null && isAdmin(caller)) {
      return institution;
    }
    if (institution != null && isStaffOf(caller, institution)) {
      throw ApiException.forbidden("An institution's staff do not edit its registration.");
    }
    Institution found = visible(caller, institution);
    if (!caller.hasAnyRole(MANAGERS)) {
      throw ApiException.forbidden("Only administrators and the regency's supervisors or head edit institutions.");
    }
    return found;
  }

  /** Whether the caller may register an institution at that region code (its most precise one). */
  public void mayCreateIn(Caller caller, String regionCode) {
    if (isAdmin(caller)) {
      return;
    }
    if (!caller.hasAnyRole(MANAGERS)) {
      throw ApiException.forbidden("Only administrators and the regency's supervisors or head register institutions.");
    }
    if (!caller.scope().contains(regionCode)) {
      throw ApiException.notFound(LksaProblems.REGION_NOT_FOUND, "No such region in your scope.");
    }
  }

  /** The institutions the caller may list: all (administrators), their scope (readers), their own (staff). */
  public Specification<Institution> visibleInstitutions(Caller caller) {
    if (isAdmin(caller)) {
      return (root, query, cb) -> cb.conjunction();
    }
    List<String> own = LksaRoles.institutionCodes(caller.groupIds());
    boolean reader = caller.hasAnyRole(INSTITUTION_READERS);
    if (!reader && own.isEmpty()) {
      throw ApiException.forbidden("Your role may not read child welfare institutions.");
    }
    Specification<Institution> mine = (root, query, cb) -> own.isEmpty() ? cb.disjunction() : root.get("code").in(own);
    return reader ? caller.scope().<Institution>specification().or(mine) : mine;
  }

  /** An institution whose residents the caller may read (its staff; the supervisors and head of its region). */
  public Institution residentsReadable(Caller caller, long institutionId) {
    Institution institution = institutions.findById(institutionId).orElse(null);
    try {
      if (institution != null && isStaffOf(caller, institution)) {
        return institution;
      }
      Institution found = visible(caller, institution);
      if (!caller.hasAnyRole(MANAGERS)) {
        throw ApiException.forbidden("Only the institution's staff and the regency's supervisors or head read residents.");
      }
      return found;
    } catch (ApiException e) {
      tell(caller.userId(), null, "lksaInstitution=" + institutionId, null, outcomeOf(e));
      throw e;
    }
  }

  /** Records a list of residents shown: the institution and how many. */
  public void listed(Caller caller, long institutionId, long count) {
    tell(caller.userId(), null, "lksaInstitution=" + institutionId, count, Outcome.ALLOWED);
  }

  /** A resident's stay the caller may read; the read is logged with the person id. */
  public Residence residentForReading(Caller caller, long residenceId) {
    Residence residence = residences.findById(residenceId).orElse(null);
    if (residence == null) {
      tell(caller.userId(), null, null, null, Outcome.NOT_FOUND);
      throw residentNotFound();
    }
    try {
      residentsReadable(caller, residence.getInstitutionId());
    } catch (ApiException e) {
      tell(caller.userId(), residence.getPersonId(), null, null, outcomeOf(e));
      throw e.status().value() == 404 ? residentNotFound() : e;
    }
    tell(caller.userId(), residence.getPersonId(), null, null, Outcome.ALLOWED);
    return residence;
  }

  /** An institution the caller may admit children to: the supervisors and head of its region. */
  public Institution mayAdmit(Caller caller, long institutionId) {
    Institution institution = institutions.findById(institutionId).orElse(null);
    if (institution != null && isStaffOf(caller, institution)) {
      throw ApiException.forbidden("Admissions are registered by the regency's supervisors or head.");
    }
    Institution found = visible(caller, institution);
    if (!caller.hasAnyRole(MANAGERS)) {
      throw ApiException.forbidden("Admissions are registered by the regency's supervisors or head.");
    }
    return found;
  }

  /** A stay the caller may end: the institution's staff, or the supervisors and head of its region. */
  public Residence mayDischarge(Caller caller, long residenceId) {
    return residentForReading(caller, residenceId);
  }

  /** A stay whose attendance the caller may record: the institution's own staff only. */
  public Residence mayRecordAttendance(Caller caller, long residenceId) {
    Residence residence = residentForReading(caller, residenceId);
    Institution institution = institutions.findById(residence.getInstitutionId()).orElseThrow();
    if (!isStaffOf(caller, institution)) {
      throw ApiException.forbidden("Attendance is recorded by the institution's own staff.");
    }
    return residence;
  }

  /** The institution when it lies in the caller's scope, else 404 as if absent. */
  private static Institution visible(Caller caller, Institution institution) {
    if (institution == null || !caller.scope().contains(institution)) {
      throw ApiException.notFound(LksaProblems.INSTITUTION_NOT_FOUND, "No such institution.");
    }
    return institution;
  }

  static ApiException residentNotFound() {
    return ApiException.notFound(LksaProblems.RESIDENT_NOT_FOUND, "No such resident.");
  }

  private void tell(String userId, Long personId, String filters, Long count, Outcome outcome) {
    Decision decision = new Decision(clock.instant(), userId, null, personId, filters, count, outcome);
    listeners.forEach(listener -> listener.decided(decision));
  }

  private static Outcome outcomeOf(ApiException e) {
    return e.status().value() == 404 ? Outcome.NOT_FOUND : Outcome.FORBIDDEN;
  }
}
