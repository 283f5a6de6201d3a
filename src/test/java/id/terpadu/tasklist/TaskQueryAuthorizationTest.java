package id.terpadu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.process.EngineMappingCopy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Terpadu's copy of the engine's task query mapping (docs/adr/0027-task-query-authorization-check.md): it differs
 * from the engine's only in the marked blocks, it is used for the task query, and it shows each user exactly the
 * tasks the engine's own authorization check shows (the engine's revoke-aware check is the reference).
 */
class TaskQueryAuthorizationTest extends AuthorizedEngineTest {

  static final String MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";

  AuthorizationService authorizations;
  /** Task ids by role in the test: granted to the user's group, to the user, to nobody, to another group... */
  String groupGrant;
  String userGrant;
  String noGrant;
  String otherGroupGrant;
  String groupWithoutRead;
  String definitionGrant;

  @BeforeAll
  void engineWithAuthorizations() {
    startEngine("task-query-authorization");
    authorizations = engine.getAuthorizationService();
    for (String key : List.of("Process_Unit", "Process_Granted")) {
      engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
          Bpmn.createExecutableProcess(key).startEvent().userTask("Task_Work").endEvent().done()).deploy();
    }
    List<String> unit = List.of(1, 2, 3, 4, 5).stream()
        .map(i -> engine.getRuntimeService().startProcessInstanceByKey("Process_Unit").getId())
        .map(pi -> tasks.createTaskQuery().processInstanceId(pi).singleResult().getId()).toList();
    groupGrant = unit.get(0);
    userGrant = unit.get(1);
    noGrant = unit.get(2);
    otherGroupGrant = unit.get(3);
    groupWithoutRead = unit.get(4);
    String pi = engine.getRuntimeService().startProcessInstanceByKey("Process_Granted").getId();
    definitionGrant = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();

    grant(null, "supervisor-3504", Resources.TASK, groupGrant, Permissions.READ);
    grant("peksos1", null, Resources.TASK, userGrant, Permissions.READ);
    grant(null, "supervisor-3503", Resources.TASK, otherGroupGrant, Permissions.READ);
    grant(null, "supervisor-3504", Resources.TASK, groupWithoutRead, TaskPermissions.TASK_WORK);
    grant(null, "supervisor-3504", Resources.PROCESS_DEFINITION, "Process_Granted",
        ProcessDefinitionPermissions.READ_TASK);
  }

  @Test
  void theMappingIsTheEnginesExceptForTheMarkedBlocks() throws Exception {
    EngineMappingCopy.assertIsTheEnginesExceptForTheMarkedBlocks(MAPPING, "0027");
  }

  @Test
  void theTaskQueryOfAnAuthenticatedUserTakesTheSubqueries() {
    engine.getIdentityService().setAuthentication("peksos1", List.of("supervisor-3504"));
    boolean bySubqueries = configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskQueryImpl query = new TaskQueryImpl();
      context.getAuthorizationManager().configureTaskQuery(query);
      return TaskQueryAuthorization.bySubqueries(query.getAuthCheck());
    });
    assertThat(bySubqueries).isTrue();
    configuration.setAuthorizationCheckRevokes("always");
    boolean withRevokes = configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskQueryImpl query = new TaskQueryImpl();
      context.getAuthorizationManager().configureTaskQuery(query);
      return TaskQueryAuthorization.bySubqueries(query.getAuthCheck());
    });
    assertThat(withRevokes).isFalse();
  }

  @Test
  void eachUserSeesExactlyTheTasksTheEnginesOwnCheckShows() {
    assertThat(visible("peksos1", "supervisor-3504"))
        .containsExactlyInAnyOrder(groupGrant, userGrant, definitionGrant)
        .isEqualTo(visibleByEngineCheck("peksos1", "supervisor-3504"));
    assertThat(visible("pengawas2", "supervisor-3503")).containsExactly(otherGroupGrant)
        .isEqualTo(visibleByEngineCheck("pengawas2", "supervisor-3503"));
    assertThat(visible("rsud", "agency-rsud")).isEmpty();
    assertThat(visibleByEngineCheck("rsud", "agency-rsud")).isEmpty();
    engine.getIdentityService().setAuthentication("peksos1", List.of("supervisor-3504"));
    assertThat(tasks.createTaskQuery().count()).isEqualTo(3);
    assertThat(tasks.createTaskQuery().taskUnassigned().orderByDueDate().asc().listPage(0, 2)).hasSize(2);
  }

  @Test
  void aGrantOnEveryTaskShowsEveryTask() {
    Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    global.setUserId(Authorization.ANY);
    global.setResource(Resources.TASK);
    global.setResourceId(Authorization.ANY);
    global.addPermission(Permissions.READ);
    authorizations.saveAuthorization(global);
    Authorization group = grant(null, "agency-rsud", Resources.PROCESS_DEFINITION, Authorization.ANY,
        ProcessDefinitionPermissions.READ_TASK);
    try {
      Set<String> all = tasks.createTaskQuery().list().stream().map(Task::getId).collect(Collectors.toSet());
      assertThat(visible("rsud", "nobody")).isEqualTo(all);
      authorizations.deleteAuthorization(global.getId());
      assertThat(visible("rsud", "agency-rsud")).isEqualTo(all);
      assertThat(visible("rsud", "nobody")).isEmpty();
    } finally {
      if (authorizations.createAuthorizationQuery().authorizationId(global.getId()).count() > 0) {
        authorizations.deleteAuthorization(global.getId());
      }
      authorizations.deleteAuthorization(group.getId());
    }
  }

  private Set<String> visible(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return tasks.createTaskQuery().list().stream().map(Task::getId).collect(Collectors.toSet());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The same query through the engine's revoke-aware check (its own SQL, not Terpadu's subqueries). */
  private Set<String> visibleByEngineCheck(String user, String group) {
    configuration.setAuthorizationCheckRevokes("always");
    try {
      return visible(user, group);
    } finally {
      configuration.setAuthorizationCheckRevokes("auto");
    }
  }

  private Authorization grant(String user, String group, Resource resource, String id, Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(permission);
    return authorizations.saveAuthorization(grant);
  }
}
