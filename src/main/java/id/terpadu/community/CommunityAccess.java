package id.terpadu.community;

import id.terpadu.access.AccessListener;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.access.RegionScope;
import id.terpadu.access.Regional;
import id.terpadu.organisation.Roles;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.reporting.ReportAccess;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may use the community-group registry and the prevention activities (docs/adr/0021-community-reports.md):
 * the unit's supervisors and head within their region scope ({@code access.RegionScope}, ADR 0012), and
 * administrators in every region. A group or activity outside the scope does not exist for the caller (404);
 * every other role gets 403. Decisions are told to the {@link AccessListener}s (the access log) with ids only.
 */
@Component
public class CommunityAccess {

  public static final String GROUP_NOT_FOUND = "COMMUNITY_GROUP_NOT_FOUND";
  public static final String ACTIVITY_NOT_FOUND = "PREVENTION_ACTIVITY_NOT_FOUND";
  static final List<String> MANAGERS = List.of(Roles.SUPERVISOR, Roles.HEAD, Roles.ADMIN);

  /** The caller with the scope that applies to the registry (every province for administrators). */
  public record Manager(Caller caller, RegionScope scope) {}

  private final Callers callers;
  private final RegionDirectory regions;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public CommunityAccess(Callers callers, RegionDirectory regions, List<AccessListener> listeners, Clock clock) {
    this.callers = callers;
    this.regions = regions;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** The caller as a manager of the registry; 403 for other roles. */
  public Manager manager(String what) {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(MANAGERS)) {
      tell(caller.userId(), what, null, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Only the unit's supervisors and head, and administrators, manage community groups.");
    }
    return new Manager(caller, scopeOf(caller));
  }

  /** The caller as a reader of the activity report (supervisors, heads, the province, administrators); 403 otherwise. */
  public Manager reportReader(String what) {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(ReportAccess.READERS)) {
      tell(caller.userId(), what, null, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Your role may not read reports.");
    }
    return new Manager(caller, scopeOf(caller));
  }

  private RegionScope scopeOf(Caller caller) {
    return caller.groupIds().contains(Roles.ADMIN)
        ? RegionScope.of(regions.provinces().stream().map(Region::getCode).toList())
        : caller.scope();
  }

  /** The record, when it lies in the manager's scope; otherwise 404 with the given code. */
  public <T extends Regional> T inScope(Manager manager, T record, String what, String notFoundCode) {
    if (record == null || !manager.scope().contains(record)) {
      tell(manager.caller().userId(), what, null, Outcome.NOT_FOUND);
      throw ApiException.notFound(notFoundCode, "No such record.");
    }
    tell(manager.caller().userId(), what, null, Outcome.ALLOWED);
    return record;
  }

  /** Records a list or report query (codes and ids only) and how many rows it answered. */
  public void listed(Manager manager, String filters, long count) {
    tell(manager.caller().userId(), filters, count, Outcome.ALLOWED);
  }

  /** Records a change or deletion of a record (what: its kind, id and the action). */
  public void changed(Manager manager, String what) {
    tell(manager.caller().userId(), what, null, Outcome.ALLOWED);
  }

  private void tell(String userId, String filters, Long count, Outcome outcome) {
    Decision decision = new Decision(clock.instant(), userId, null, null, filters, count, outcome);
    listeners.forEach(listener -> listener.decided(decision));
  }
}
