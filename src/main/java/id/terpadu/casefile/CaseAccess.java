package id.terpadu.casefile;

import id.terpadu.access.AccessListener;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.access.Caller;
import id.terpadu.access.RegionScope;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.Roles;
import id.terpadu.security.StaffAuthentication;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read which case: the one place that decides it, for a single case and, as a query predicate, for
 * lists. See docs/adr/0006-case-access.md.
 * <ul>
 *   <li>A case outside the caller's region scope (or a caller without scope) does not exist for them:
 *   404 {@value #CASE_NOT_FOUND}.</li>
 *   <li>Inside the scope, intake officers, supervisors and heads of unit read every case; caseworkers read
 *   the cases assigned to them; partner agencies (their referral tasks only) and the province (aggregates
 *   only) read none: 403.</li>
 * </ul>
 * Every decision, allowed or not, is told to the {@link AccessListener}s (the access log). The region rule is
 * {@link RegionScope}'s, shared with every other kind of regional record (ADR 0012).
 */
@Component
public class CaseAccess {

  public static final String CASE_NOT_FOUND = "CASE_NOT_FOUND";

  /** Roles that read every case of their scope. */
  static final List<String> UNIT_READERS = List.of(Roles.INTAKE, Roles.SUPERVISOR, Roles.HEAD);

  /** Roles that oversee their unit's cases: they read a case's access log and hand cases over. */
  public static final List<String> OVERSEERS = List.of(Roles.SUPERVISOR, Roles.HEAD);

  /** How far a caller's reading reaches inside their region scope. */
  public enum Reach {
    /** Every case in scope (intake, supervisor, head). */
    SCOPE,
    /** Only the cases assigned to the caller (caseworker). */
    OWN_CASES,
    /** No case at all (partner agency, province, administrator). */
    NONE
  }

  /** The caller as a reader of cases: their user id, region scope and reach. */
  public record Reader(String userId, List<String> scope, Reach reach) {

    public Reader {
      scope = List.copyOf(scope);
    }

    /**
     * Whether the reporter's name and phone are shown: to the unit's front office and management, not to
     * caseworkers (a reporter's contact stays confidential; the unit contacts the reporter).
     */
    public boolean seesReporterContact() {
      return reach == Reach.SCOPE;
    }
  }

  private final ChildCaseRepository cases;
  private final OrganisationService organisation;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public CaseAccess(ChildCaseRepository cases, OrganisationService organisation, List<AccessListener> listeners,
      Clock clock) {
    this.cases = cases;
    this.organisation = organisation;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** The authenticated caller of this request as a case reader. */
  public Reader currentReader() {
    StaffAuthentication staff = currentStaff();
    return new Reader(staff.userId(), organisation.scopeOf(staff.userId()), reachOf(staff.groupIds()));
  }

  /**
   * The case, when the current caller may read it.
   *
   * @throws ApiException 404 {@value #CASE_NOT_FOUND} when absent or outside the caller's scope, 403 when the
   *     caller's role may not read it
   */
  public ChildCase readable(long caseId) {
    return readable(currentReader(), caseId);
  }

  /** As {@link #readable(long)}, for a reader already looked up in this request. */
  public ChildCase readable(Reader reader, long caseId) {
    ChildCase found = cases.findById(caseId).orElse(null);
    try {
      check(reader, found);
    } catch (ApiException e) {
      tell(reader.userId(), caseId, null, null, outcomeOf(e));
      throw e;
    }
    tell(reader.userId(), caseId, null, null, Outcome.ALLOWED);
    return found;
  }

  /**
   * The cases the current caller may read, as a query predicate: the region scope as prefix conditions on
   * the case's region codes and, for caseworkers, their own cases. Lists apply it in the database and then
   * report their count with {@link #listed}.
   *
   * @param filters the list's filters as the access log records them (no free text a child could be found by)
   * @throws ApiException 403 when the caller's role reads no cases
   */
  public Specification<ChildCase> readableCases(String filters) {
    Reader reader = currentReader();
    try {
      return readableBy(reader);
    } catch (ApiException e) {
      tell(reader.userId(), null, filters, null, outcomeOf(e));
      throw e;
    }
  }

  /** Records a list query answered with {@link #readableCases}: its filters and the number of matching cases. */
  public void listed(String filters, long total) {
    tell(currentStaff().userId(), null, filters, total, Outcome.ALLOWED);
  }

  /**
   * The case, when the current caller may read its access log: administrators for every case, the
   * supervisors and head of unit for the cases of their scope (404 outside it), nobody else (403).
   */
  public ChildCase accessLogReadable(long caseId) {
    StaffAuthentication staff = currentStaff();
    ChildCase found = cases.findById(caseId).orElse(null);
    try {
      if (staff.groupIds().contains(Roles.ADMIN)) {
        if (found == null) {
          throw ApiException.notFound(CASE_NOT_FOUND, "No such case.");
        }
      } else {
        check(new Reader(staff.userId(), organisation.scopeOf(staff.userId()), reachOf(staff.groupIds())), found);
        if (staff.groupIds().stream().noneMatch(OVERSEERS::contains)) {
          throw ApiException.forbidden("Only the unit's supervisors and head read a case's access log.");
        }
      }
    } catch (ApiException e) {
      tell(staff.userId(), caseId, null, null, outcomeOf(e));
      throw e;
    }
    tell(staff.userId(), caseId, null, null, Outcome.ALLOWED);
    return found;
  }

  /** Throws unless the reader may read the case (null: no such case). */
  void check(Reader reader, ChildCase theCase) {
    if (theCase == null || !inScope(reader.scope(), theCase)) {
      throw ApiException.notFound(CASE_NOT_FOUND, "No such case.");
    }
    boolean allowed = switch (reader.reach()) {
      case SCOPE -> true;
      case OWN_CASES -> reader.userId().equals(theCase.getCaseworkerId());
      case NONE -> false;
    };
    if (!allowed) {
      throw ApiException.forbidden(reader.reach() == Reach.OWN_CASES
          ? "Caseworkers read only the cases assigned to them." : "Your role may not read case files.");
    }
  }

  /** A case lies in scope when its most precise region code lies inside one of the scope's regions. */
  static boolean inScope(Collection<String> scope, ChildCase theCase) {
    return RegionScope.of(scope).contains(theCase);
  }

  static Specification<ChildCase> readableBy(Reader reader) {
    if (reader.reach() == Reach.NONE) {
      throw ApiException.forbidden("Your role may not read case files.");
    }
    Specification<ChildCase> scope = inScope(reader.scope());
    return reader.reach() == Reach.OWN_CASES
        ? scope.and((root, query, cb) -> cb.equal(root.get("caseworkerId"), reader.userId()))
        : scope;
  }

  /** The same rule as {@link #inScope(Collection, ChildCase)} as a query predicate ({@link RegionScope}). */
  static Specification<ChildCase> inScope(Collection<String> scope) {
    return RegionScope.of(scope).specification();
  }

  static Reach reachOf(Collection<String> groupIds) {
    if (groupIds.stream().anyMatch(UNIT_READERS::contains)) {
      return Reach.SCOPE;
    }
    return groupIds.contains(Roles.CASEWORKER) ? Reach.OWN_CASES : Reach.NONE;
  }

  private void tell(String userId, Long caseId, String filters, Long count, Outcome outcome) {
    Decision decision = new Decision(clock.instant(), userId, caseId, null, filters, count, outcome);
    listeners.forEach(listener -> listener.decided(decision));
  }

  private static Outcome outcomeOf(ApiException e) {
    return e.status().value() == 404 ? Outcome.NOT_FOUND : Outcome.FORBIDDEN;
  }

  private static StaffAuthentication currentStaff() {
    return Caller.currentStaff();
  }

}
