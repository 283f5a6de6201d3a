package id.terpadu.tasklist;

import java.util.List;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * When the task query reads "candidate of one of these groups" as a subquery on the identity links instead of the
 * engine's join, and so needs no {@code DISTINCT} (docs/adr/0044-task-queue-candidate-subquery.md). Called from
 * Terpadu's copy of the engine's task query mapping, like {@link TaskQueryAuthorization}.
 *
 * <p>The engine left-joins every identity link of every task and removes the duplicates the join makes with a
 * {@code DISTINCT} over all selected columns, which the database has to hash (and at a unit's queue size spill to
 * disk) before it can sort and cut the page. A semi-join ({@code RES.ID_ IN (SELECT I.TASK_ID_ …)}) gives each task
 * at most once, so the page needs no {@code DISTINCT} as long as no other join can repeat a task.
 */
public final class TaskQueryCandidates {

  private TaskQueryCandidates() {}

  /**
   * Whether the query's candidate criterion can be a subquery: one query (no {@code or()} branches), candidate groups
   * given (Tasklist's "my groups" filters), and none of the other criteria that read the identity-link join (candidate
   * user, group pattern, involved user, with candidate groups or users). Anything else keeps the engine's join.
   */
  public static boolean groupsBySubquery(TaskQueryImpl query) {
    List<TaskQueryImpl> queries = query.getQueries();
    if (queries.size() != 1 || query.isOrQueryActive()) {
      return false;
    }
    // The candidate user first: with one set, getCandidateGroups() would look up that user's groups.
    if (query.getCandidateUser() != null || query.getCandidateGroupLike() != null
        || query.getInvolvedUser() != null || Boolean.TRUE.equals(query.isWithCandidateGroups())
        || Boolean.TRUE.equals(query.isWithCandidateUsers())) {
      return false;
    }
    List<String> groups = query.getCandidateGroups();
    return groups != null && !groups.isEmpty();
  }

  /**
   * Whether the page can be selected without {@code DISTINCT}: the candidate criterion is a subquery, the
   * authorization check (if any) is Terpadu's subqueries rather than the engine's join (ADR 0027), and no ordering
   * joins another table (ordering by a variable). The remaining joins (definition, execution, case) are many-to-one.
   */
  public static boolean withoutDistinct(TaskQueryImpl query) {
    if (!groupsBySubquery(query)) {
      return false;
    }
    boolean authorizationJoin = query.getAuthCheck() != null && query.getAuthCheck().getShouldPerformAuthorizatioCheck()
        && query.getAuthCheck().getAuthUserId() != null
        && !TaskQueryAuthorization.bySubqueries(query.getAuthCheck());
    List<QueryOrderingProperty> ordering = query.getOrderingProperties();
    return !authorizationJoin && (ordering == null || ordering.stream().allMatch(o -> o.getRelation() == null));
  }
}
