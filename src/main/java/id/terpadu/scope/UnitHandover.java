package id.terpadu.scope;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.organisation.Roles;
import id.terpadu.process.Privileged;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Moves a case's running process from one unit to another: its instance and every instance it called (the
 * referrals). Open tasks of the old unit's groups ({@code <role>-<from>}) become tasks of the new unit's groups
 * and lose their assignee; the case's caseworker tasks (assigned by the model, {@code camunda:assignee}, with no
 * unit group: need to know) lose their assignee and go to the new unit's supervisors, who choose a caseworker;
 * tasks of other groups (a partner agency's) keep theirs. The old unit's engine grants on those tasks and
 * instances are revoked and the new unit's supervisor and head get theirs ({@link UnitTaskAccess}); the
 * {@code regency} variable follows, so tasks created later go to the new unit. Runs for the application: the
 * caller's right to move the case has been decided before.
 */
@Component
public class UnitHandover {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final IdentityService identity;
  private final RepositoryService repository;

  public UnitHandover(RuntimeService runtime, TaskService tasks, HistoryService history,
      AuthorizationService authorizations, IdentityService identity, RepositoryService repository) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.authorizations = authorizations;
    this.identity = identity;
    this.repository = repository;
  }

  /** What a handover changed: the running instances and the open tasks that moved to the new unit's groups. */
  public record Moved(List<String> runningInstanceIds, List<String> movedTaskIds) {}

  /** Moves the running process below {@code rootInstanceId} from the unit of {@code from} to that of {@code to}. */
  public Moved move(String rootInstanceId, String from, String to) {
    return Privileged.asApplication(identity, () -> {
      Set<String> all = instanceTree(rootInstanceId);
      List<String> running = runningOf(all);
      Set<String> fromGroups = unitGroups(from);
      for (String instanceId : running) {
        if (from.equals(runtime.getVariable(instanceId, CaseVariables.REGENCY))) {
          runtime.setVariable(instanceId, CaseVariables.REGENCY, to);
        }
      }
      List<String> moved = new ArrayList<>();
      Map<String, BpmnModelInstance> models = new HashMap<>();
      if (!running.isEmpty()) {
        for (Task task : tasks.createTaskQuery().processInstanceIdIn(running.toArray(String[]::new)).list()) {
          if (moveTask(task, to, fromGroups, assignedByModel(task, models))) {
            moved.add(task.getId());
          }
        }
      }
      for (String instanceId : all) {
        revoke(Resources.PROCESS_INSTANCE.resourceType(), instanceId, fromGroups, false);
      }
      for (String instanceId : running) {
        UnitTaskAccess.grantOverseers(authorizations, to, null, instanceId, Set.of());
      }
      return new Moved(running, moved);
    });
  }

  /**
   * Gives the case's open caseworker tasks in its running process to one caseworker of the unit {@code regency}:
   * the tasks the model assigns to the case's caseworker ({@code camunda:assignee}) and the tasks of the unit's
   * caseworker group, each when it has no assignee or was {@code previousAssignee}'s. The previous assignee's own
   * grants on them are revoked. A caseworker task keeps no unit group: the supervisors' fallback group (a task
   * created while the case had no caseworker, or moved by a transfer) goes, and the supervisors and head keep
   * READ ({@link UnitTaskAccess}).
   *
   * @return the ids of the tasks assigned
   */
  public List<String> assignOpenTasks(String rootInstanceId, String regency, String previousAssignee,
      String assignee) {
    String caseworkers = Roles.unitGroup(Roles.CASEWORKER, regency);
    Set<String> unit = unitGroups(regency);
    return Privileged.asApplication(identity, () -> {
      List<String> running = runningOf(instanceTree(rootInstanceId));
      if (running.isEmpty()) {
        return List.of();
      }
      List<String> assigned = new ArrayList<>();
      Map<String, BpmnModelInstance> models = new HashMap<>();
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(running.toArray(String[]::new)).list()) {
        if (task.getAssignee() != null && !task.getAssignee().equals(previousAssignee)) {
          continue;
        }
        Set<String> candidates = candidateGroups(task);
        boolean caseworkerTask = assignedByModel(task, models);
        if (!caseworkerTask && !candidates.contains(caseworkers)) {
          continue;
        }
        if (previousAssignee != null && !previousAssignee.equals(assignee)) {
          for (Authorization a : authorizationsOn(Resources.TASK.resourceType(), task.getId())) {
            if (previousAssignee.equals(a.getUserId())) {
              authorizations.deleteAuthorization(a.getId());
            }
          }
        }
        if (caseworkerTask) {
          Set<String> leaving = candidates.stream().filter(unit::contains).collect(Collectors.toSet());
          for (String group : leaving) {
            tasks.deleteCandidateGroup(task.getId(), group);
          }
          revoke(Resources.TASK.resourceType(), task.getId(), leaving, false);
          candidates.removeAll(leaving);
        }
        tasks.setAssignee(task.getId(), assignee);
        if (caseworkerTask) {
          UnitTaskAccess.grantOverseers(authorizations, regency, task.getId(), task.getProcessInstanceId(), candidates);
        }
        assigned.add(task.getId());
      }
      return assigned;
    });
  }

  /** The ids of the instance and of every instance it called, running or finished. */
  Set<String> instanceTree(String rootInstanceId) {
    Set<String> ids = new LinkedHashSet<>();
    Deque<String> open = new ArrayDeque<>(List.of(rootInstanceId));
    while (!open.isEmpty()) {
      String id = open.pop();
      if (ids.add(id)) {
        history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().stream()
            .map(HistoricProcessInstance::getId).forEach(open::push);
      }
    }
    return ids;
  }

  private List<String> runningOf(Set<String> instanceIds) {
    return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
        .map(ProcessInstance::getId).toList();
  }

  private boolean moveTask(Task task, String to, Set<String> fromGroups, boolean caseworkerTask) {
    Set<String> candidates = candidateGroups(task);
    Set<String> leaving = candidates.stream().filter(fromGroups::contains).collect(Collectors.toSet());
    Set<String> after = new HashSet<>(candidates);
    boolean moves = caseworkerTask || !leaving.isEmpty();
    if (moves) {
      if (task.getAssignee() != null) {
        tasks.setAssignee(task.getId(), null);
      }
      for (String group : leaving) {
        tasks.deleteCandidateGroup(task.getId(), group);
        after.remove(group);
      }
      // A caseworker task waits for the receiving supervisors to choose the caseworker; others keep their roles.
      Set<String> arriving = caseworkerTask ? Set.of(Roles.unitGroup(Roles.SUPERVISOR, to))
          : leaving.stream().map(group -> roleOf(group) + "-" + to).collect(Collectors.toSet());
      for (String group : arriving) {
        if (after.add(group)) {
          tasks.addCandidateGroup(task.getId(), group);
        }
      }
    }
    // The engine keeps a group's or user's task grant when the link goes; revoke the old unit's explicitly.
    revoke(Resources.TASK.resourceType(), task.getId(), fromGroups, moves);
    UnitTaskAccess.grantOverseers(authorizations, to, task.getId(), task.getProcessInstanceId(), after);
    return moves;
  }

  private Set<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
  }

  /**
   * Whether the task's model assigns it to the case's caseworker ({@code camunda:assignee="${caseworkerId}"} or
   * {@code "${contactCaseworker}"}): the caseworker tasks, which only their caseworker works on. Read from the
   * deployed model (the engine caches it), so tasks of older versions of a model are recognised too.
   */
  private boolean assignedByModel(Task task, Map<String, BpmnModelInstance> models) {
    if (task.getProcessDefinitionId() == null) {
      return false;
    }
    BpmnModelInstance model = models.computeIfAbsent(task.getProcessDefinitionId(), repository::getBpmnModelInstance);
    return model != null && model.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask userTask
        && userTask.getCamundaAssignee() != null && !userTask.getCamundaAssignee().isBlank();
  }

  /** Deletes the grants of the given groups on one resource and, when asked, every user's grant on it. */
  private void revoke(int resourceType, String resourceId, Set<String> groups, boolean users) {
    for (Authorization a : authorizationsOn(resourceType, resourceId)) {
      if (a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          && ((a.getGroupId() != null && groups.contains(a.getGroupId())) || (users && a.getUserId() != null))) {
        authorizations.deleteAuthorization(a.getId());
      }
    }
  }

  private List<Authorization> authorizationsOn(int resourceType, String resourceId) {
    return authorizations.createAuthorizationQuery().resourceType(resourceType).resourceId(resourceId).list();
  }

  static Set<String> unitGroups(String regency) {
    return Roles.UNIT_ROLES.stream().map(role -> Roles.unitGroup(role, regency)).collect(Collectors.toSet());
  }

  private static String roleOf(String unitGroup) {
    return unitGroup.substring(0, unitGroup.lastIndexOf('-'));
  }
}
