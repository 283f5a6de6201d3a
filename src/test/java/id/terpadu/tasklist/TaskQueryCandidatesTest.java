package id.terpadu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The task query's candidate groups as a subquery without {@code DISTINCT} (ADR 0044): which queries take it, and
 * that they find the same tasks, in the same order, each once, as the engine's own join. The engine's join is
 * reached with the same criterion plus {@code withCandidateGroups()}, which adds nothing the groups do not already
 * require ({@code GROUP_ID_ IN (…)} is never null) but is outside the subquery's shape.
 */
class TaskQueryCandidatesTest extends AuthorizedEngineTest {

  static final String PROCESS = "Process_Candidates";

  /** Tasks by what makes them interesting; see {@link #tasksOfEveryKind()}. */
  String twoOfTheGroups;
  String assignedInGroup;
  String otherGroup;
  String userOnly;
  String groupAndUser;
  String secondGroup;
  String groupNotCandidate;

  @BeforeAll
  void tasksOfEveryKind() {
    startEngine("task-query-candidates");
    engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).startEvent().userTask("Task_Work").camundaDueDate("${due}")
            .endEvent().done()).deploy();
    twoOfTheGroups = task(6, "ranking-b", t -> {
      tasks.addCandidateGroup(t, "caseworker-3504");
      tasks.addCandidateGroup(t, "supervisor-3504");
    });
    assignedInGroup = task(1, "ranking-a", t -> {
      tasks.addCandidateGroup(t, "caseworker-3504");
      tasks.setAssignee(t, "peksos1");
    });
    otherGroup = task(2, "ranking-c", t -> tasks.addCandidateGroup(t, "caseworker-3503"));
    userOnly = task(3, "ranking-d", t -> tasks.addCandidateUser(t, "peksos1"));
    groupAndUser = task(4, "ranking-f", t -> {
      tasks.addCandidateGroup(t, "supervisor-3504");
      tasks.addCandidateUser(t, "peksos2");
    });
    secondGroup = task(5, "ranking-e", t -> tasks.addCandidateGroup(t, "supervisor-3504"));
    groupNotCandidate = task(7, "ranking-g", t -> tasks.addGroupIdentityLink(t, "caseworker-3504", "pemantau"));
    Authorization readAll = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    readAll.setGroupId("caseworker-3504");
    readAll.setResource(Resources.TASK);
    readAll.setResourceId(Authorization.ANY);
    readAll.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(readAll);
  }

  /** A task due in {@code days}, with a process variable to order by, linked by {@code links}. */
  private String task(int days, String ranking, Consumer<String> links) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
        Map.of("due", new Date(1_800_000_000_000L + days * 86_400_000L), "ranking", ranking)).getId();
    String id = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    links.accept(id);
    return id;
  }

  @Test
  void theQueueFindsTheTasksOfTheGroupsOnceInDueOrder() {
    List<String> groups = List.of("caseworker-3504", "supervisor-3504");
    assertThat(ids(q -> q.taskCandidateGroupIn(groups).orderByDueDate().asc()))
        .containsExactly(groupAndUser, secondGroup, twoOfTheGroups)
        .isEqualTo(ids(q -> q.taskCandidateGroupIn(groups).withCandidateGroups().orderByDueDate().asc()));
    assertThat(ids(q -> q.taskCandidateGroupIn(groups).includeAssignedTasks().orderByDueDate().asc()))
        .containsExactly(assignedInGroup, groupAndUser, secondGroup, twoOfTheGroups)
        .isEqualTo(ids(q -> q.taskCandidateGroupIn(groups).withCandidateGroups().includeAssignedTasks()
            .orderByDueDate().asc()));
    assertThat(ids(q -> q.taskCandidateGroup("caseworker-3504").includeAssignedTasks().orderByDueDate().desc()))
        .containsExactly(twoOfTheGroups, assignedInGroup);
    assertThat(tasks.createTaskQuery().taskCandidateGroupIn(groups).count()).isEqualTo(3);
    assertThat(tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByDueDate().asc().listPage(1, 2))
        .extracting(Task::getId).containsExactly(secondGroup, twoOfTheGroups);
  }

  @Test
  void anAuthenticatedCallerGetsTheSameTasksWithoutDistinct() {
    List<String> groups = List.of("caseworker-3504", "supervisor-3504");
    engine.getIdentityService().setAuthentication("peksos1", List.of("caseworker-3504"));
    assertThat(withoutDistinct(groups)).isTrue();
    assertThat(ids(q -> q.taskCandidateGroupIn(groups).orderByDueDate().asc()))
        .containsExactly(groupAndUser, secondGroup, twoOfTheGroups)
        .isEqualTo(ids(q -> q.taskCandidateGroupIn(groups).withCandidateGroups().orderByDueDate().asc()));
    configuration.setAuthorizationCheckRevokes("always");
    assertThat(withoutDistinct(groups)).as("the engine's own check keeps DISTINCT").isFalse();
    assertThat(ids(q -> q.taskCandidateGroupIn(groups).orderByDueDate().asc()))
        .containsExactly(groupAndUser, secondGroup, twoOfTheGroups);
  }

  @Test
  void theQueuesStatementHasTheSubqueryAndNoDistinct() {
    engine.getIdentityService().setAuthentication("peksos1", List.of("caseworker-3504"));
    String queue = sqlOf((TaskQueryImpl) new TaskQueryImpl().taskCandidateGroupIn(List.of("caseworker-3504"))
        .taskUnassigned().orderByDueDate().asc());
    assertThat(queue.replaceAll("\\s+", " "))
        .containsIgnoringCase("RES.ID_ IN (SELECT I.TASK_ID_ FROM ACT_RU_IDENTITYLINK I")
        .doesNotContainIgnoringCase("distinct").doesNotContainIgnoringCase("join ACT_RU_IDENTITYLINK")
        .as("grants on the task read per task (ADR 0045)").containsIgnoringCase("WHERE A.RESOURCE_ID_ = RES.ID_")
        .doesNotContainIgnoringCase("RES.ID_ IN (SELECT A.RESOURCE_ID_");
    String engines = sqlOf((TaskQueryImpl) new TaskQueryImpl().taskCandidateGroupIn(List.of("caseworker-3504"))
        .withCandidateGroups().orderByDueDate().asc());
    assertThat(engines.replaceAll("\\s+", " ")).containsIgnoringCase("select distinct")
        .containsIgnoringCase("left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_");
  }

  @Test
  void tasklistsTeamFilterFindsTheQueue() {
    FilterService filters = engine.getFilterService();
    Filter team = filters.newTaskFilter("Antrian Tim Saya").setOwner("peksos1").setQuery(tasks.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned().orderByDueDate().asc());
    filters.saveFilter(team);
    try {
      engine.getIdentityService().setAuthentication("peksos1", List.of("caseworker-3504", "supervisor-3504"));
      List<String> listed = filters.<Task>list(team.getId()).stream().map(Task::getId).toList();
      assertThat(listed).containsExactly(groupAndUser, secondGroup, twoOfTheGroups);
      assertThat(filters.count(team.getId())).isEqualTo(3);
    } finally {
      engine.getIdentityService().clearAuthentication();
      filters.deleteFilter(team.getId());
    }
  }

  @Test
  void orderingByAVariableKeepsDistinct() {
    List<String> groups = List.of("caseworker-3504", "supervisor-3504");
    TaskQueryImpl query = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroupIn(groups)
        .orderByProcessVariable("ranking", ValueType.STRING).asc();
    assertThat(TaskQueryCandidates.groupsBySubquery(query)).isTrue();
    assertThat(TaskQueryCandidates.withoutDistinct(query)).isFalse();
    assertThat(query.list()).extracting(Task::getId).containsExactly(twoOfTheGroups, secondGroup, groupAndUser);
  }

  @Test
  void otherCandidateCriteriaKeepTheEnginesJoin() {
    List<String> groups = List.of("caseworker-3504");
    assertThat(shape(q -> q.taskCandidateGroupIn(groups))).isTrue();
    assertThat(shape(q -> q.taskCandidateGroup("caseworker-3504"))).isTrue();
    assertThat(shape(q -> q.taskCandidateGroupIn(groups).withCandidateGroups())).isFalse();
    assertThat(shape(q -> q.taskCandidateGroupLike("caseworker-%"))).isFalse();
    assertThat(shape(q -> q.taskCandidateUser("peksos1"))).isFalse();
    assertThat(shape(q -> q.taskInvolvedUser("peksos1"))).isFalse();
    assertThat(shape(q -> q.taskCandidateGroupIn(groups).or().taskAssignee("peksos1").endOr())).isFalse();
    assertThat(shape(q -> q.taskAssignee("peksos1"))).isFalse();
    // Each of these still answers as the engine does.
    assertThat(ids(q -> q.taskCandidateUser("peksos1").orderByDueDate().asc())).containsExactly(userOnly);
    assertThat(ids(q -> q.taskCandidateGroupLike("caseworker-350%").includeAssignedTasks().orderByDueDate().asc()))
        .containsExactly(assignedInGroup, otherGroup, twoOfTheGroups);
    assertThat(ids(q -> q.or().taskCandidateGroup("caseworker-3503").taskAssignee("peksos1").endOr()
        .orderByDueDate().asc())).containsExactly(assignedInGroup, otherGroup);
  }

  private boolean shape(Function<TaskQuery, TaskQuery> criteria) {
    return TaskQueryCandidates.groupsBySubquery((TaskQueryImpl) criteria.apply(tasks.createTaskQuery()));
  }

  /** Whether the caller's query by these groups is selected without DISTINCT (its authorization check set up). */
  private boolean withoutDistinct(List<String> groups) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskQueryImpl query = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroupIn(groups);
      context.getAuthorizationManager().configureTaskQuery(query);
      return TaskQueryCandidates.withoutDistinct(query);
    });
  }

  /** The statement the engine would run for the query, with the authorization check of the current caller. */
  private String sqlOf(TaskQueryImpl query) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.getAuthorizationManager().configureTaskQuery(query);
      return configuration.getSqlSessionFactory().getConfiguration().getMappedStatement("selectTaskByQueryCriteria")
          .getBoundSql(query).getSql();
    });
  }

  private List<String> ids(Function<TaskQuery, TaskQuery> criteria) {
    List<String> ids = new ArrayList<>();
    criteria.apply(tasks.createTaskQuery()).list().forEach(t -> ids.add(t.getId()));
    return ids;
  }
}
