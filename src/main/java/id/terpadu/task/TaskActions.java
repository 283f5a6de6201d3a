package id.terpadu.task;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.process.Privileged;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import id.terpadu.web.ProblemCodes;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Claims and completes tasks as the caller (the engine user set by {@code EngineAuthenticationFilter}), so that the
 * engine's authorizations and the unit/region grants decide exactly as for {@code /engine-rest}. What Camunda
 * answers with a generic error is told apart here: the loser of a race for one task learns that someone else
 * claimed or completed it (409), a task the caller never could see stays a 404.
 */
@Service
public class TaskActions {

  public static final String TASK_NOT_FOUND = "TASK_NOT_FOUND";
  public static final String TASK_ALREADY_CLAIMED = "TASK_ALREADY_CLAIMED";
  public static final String TASK_ALREADY_COMPLETED = "TASK_ALREADY_COMPLETED";
  public static final String TASK_INPUT_REFUSED = "TASK_INPUT_REFUSED";

  /** How long the loser of a lock conflict waits for the winner's transaction to settle. */
  private static final long SETTLE_NANOS = 10_000_000_000L;

  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;

  public TaskActions(TaskService tasks, HistoryService history, IdentityService identity) {
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
  }

  public void claim(String taskId) {
    Authentication caller = caller();
    Task task = visible(taskId, caller);
    if (task.getAssignee() != null) {
      if (task.getAssignee().equals(caller.getUserId())) {
        return;
      }
      throw claimedByOther();
    }
    try {
      tasks.claim(taskId, caller.getUserId());
    } catch (AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      // TaskAlreadyClaimedException, or an optimistic-locking failure when the other claim committed first.
      throw afterRace(taskId, caller, e);
    }
  }

  public void complete(String taskId, Map<String, JsonNode> variables) {
    Authentication caller = caller();
    Task task = visible(taskId, caller);
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.getUserId())) {
      throw claimedByOther();
    }
    Map<String, Object> values = values(variables);
    try {
      tasks.complete(taskId, values);
    } catch (AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      throw afterRace(taskId, caller, e);
    }
  }

  /** The task as the caller sees it; 404 when they cannot, 409 when it was completed (and they could see it). */
  private Task visible(String taskId, Authentication caller) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task != null) {
      return task;
    }
    if (completedAndKnownTo(taskId, caller)) {
      throw completed();
    }
    throw ApiException.notFound(TASK_NOT_FOUND, "No such open task that you may see.");
  }

  /**
   * After the engine refused: the state the other caller left. A lock conflict means the other call is still
   * committing: wait for it a little. A refusal of the input itself (a form listener's check) is a 400 with the
   * listener's message for the user.
   */
  private RuntimeException afterRace(String taskId, Authentication caller, ProcessEngineException e) {
    boolean lockConflict = lockConflict(e);
    long until = System.nanoTime() + SETTLE_NANOS;
    while (true) {
      Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (now == null && completedAndKnownTo(taskId, caller)) {
        return completed();
      }
      if (now != null && now.getAssignee() != null && !now.getAssignee().equals(caller.getUserId())) {
        return claimedByOther();
      }
      if (!lockConflict) {
        break;
      }
      if (System.nanoTime() > until) {
        return ApiException.conflict(ProblemCodes.CONFLICT, "Someone else is working on this task right now.");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return e;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadUserRequestException || t instanceof FormFieldValidationException) {
        return new ApiException(HttpStatus.BAD_REQUEST, TASK_INPUT_REFUSED, "The task refused the input.",
            List.of(new FieldProblem("variables", "INVALID", t.getMessage())));
      }
    }
    return e;
  }

  /** The other transaction holds or changed the same rows: optimistic locking, a lock wait timeout, a deadlock. */
  private static boolean lockConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && List.of("40001", "40P01", "55P03", "HYT00").contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Completed, and the caller was its assignee or a candidate (so saying so reveals nothing new). */
  private boolean completedAndKnownTo(String taskId, Authentication caller) {
    return Privileged.asApplication(identity, () -> {
      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
      if (done == null) {
        return false;
      }
      if (caller.getUserId().equals(done.getAssignee())) {
        return true;
      }
      List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(taskId).list()) {
        if (caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId())) {
          return true;
        }
      }
      return false;
    });
  }

  private Authentication caller() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw ApiException.forbidden("Only staff may work tasks.");
    }
    return caller;
  }

  private static Map<String, Object> values(Map<String, JsonNode> variables) {
    Map<String, Object> values = new HashMap<>();
    variables.forEach((name, value) -> values.put(name, value(value)));
    return values;
  }

  private static Object value(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isInt()) {
      return node.asInt();
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    return SpinValues.jsonValue(node.toString()).create();
  }

  private static ApiException claimedByOther() {
    return ApiException.conflict(TASK_ALREADY_CLAIMED, "Someone else has claimed this task.");
  }

  private static ApiException completed() {
    return ApiException.conflict(TASK_ALREADY_COMPLETED, "This task has already been completed.");
  }
}
