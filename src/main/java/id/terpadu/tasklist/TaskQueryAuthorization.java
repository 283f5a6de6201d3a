package id.terpadu.tasklist;

import java.util.List;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * When the task query checks authorizations with subqueries instead of the engine's join
 * (docs/adr/0027-task-query-authorization-check.md). Called from Terpadu's copy of the engine's task query mapping
 * ({@code org/camunda/bpm/engine/impl/mapping/entity/Task.xml} in the application's resources, which the engine
 * loads instead of its own).
 *
 * <p>The engine joins the caller's grants to the tasks on {@code RESOURCE_ID_ IN (task id, definition key, '*')}; a
 * database cannot hash that condition and compares every grant of the caller's groups with every candidate task.
 * Terpadu grants every task to its unit's groups one by one (ADR 0012), so both numbers grow with the unit's open
 * tasks and the queue became quadratic. The subqueries give the same answer (a grant of type 0 or 1 of the user,
 * of one of their groups or global, with the permission of one check, on the resource id of that check or on '*')
 * in time linear in grants plus tasks.
 */
public final class TaskQueryAuthorization {

  private TaskQueryAuthorization() {}

  /**
   * Whether the check can be written as subqueries: the engine's join form (no revoke checks), for this user, one
   * level of checks any of which suffices, each naming the query column that holds its resource id. Anything else
   * (revokes switched on, nested checks) keeps the engine's own SQL.
   */
  public static boolean bySubqueries(AuthorizationCheck check) {
    // getShouldPerformAuthorizatioCheck (what the mapping reads): enabled and with permission checks; the plain
    // shouldPerformAuthorizatioCheck() returns a field the engine never sets.
    if (check == null || !check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null
        || check.isRevokeAuthorizationCheckEnabled()) {
      return false;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    if (permissions == null || !permissions.isDisjunctive()) {
      return false;
    }
    List<CompositePermissionCheck> nested = permissions.getCompositeChecks();
    List<PermissionCheck> atomic = permissions.getAtomicChecks();
    return (nested == null || nested.isEmpty()) && atomic != null && !atomic.isEmpty()
        && atomic.stream().allMatch(p -> p.getResourceIdQueryParam() != null
            && p.getResourceIdQueryParam().matches("[A-Z0-9]+\\.[A-Z_]+"));
  }
}
