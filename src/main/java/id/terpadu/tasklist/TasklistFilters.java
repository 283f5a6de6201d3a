package id.terpadu.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import id.terpadu.organisation.Grants;
import id.terpadu.organisation.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff member sees without configuring anything. Created at start-up,
 * updated in place when their definition changes, never duplicated.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "Tugas Saya";
  public static final String TEAM_QUEUE = "Antrian Tim Saya";
  public static final String OVERDUE = "Lewat Tenggat";
  public static final String ALL_UNIT_TASKS = "Semua Tugas Unit";
  public static final String CONFERENCE_AGENDA = "Agenda Konferensi Kasus";

  /** Case facts shown in the task list (process variables, ids and small routing facts only). */
  private static final List<Map<String, String>> CASE_VARIABLES = List.of(
      Map.of("name", "caseNumber", "label", "Nomor kasus"),
      Map.of("name", "riskLevel", "label", "Risiko"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  public TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  public void ensureFilters() {
    ensure(MY_TASKS, -30, "#2e7d32", "Tugas yang sedang Anda kerjakan",
        () -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
        Roles.STAFF_ROLES);
    ensure(TEAM_QUEUE, -20, "#1565c0", "Tugas tim Anda yang belum diambil siapa pun",
        () -> taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned().orderByDueDate().asc(),
        Roles.STAFF_ROLES);
    ensure(OVERDUE, -10, "#c62828", "Tugas Anda dan tim Anda yang melewati tenggat",
        () -> taskService.createTaskQuery()
            .or()
              .taskAssigneeExpression("${currentUser()}")
              .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr()
            .dueBeforeExpression("${now()}")
            .orderByDueDate().asc(),
        Roles.STAFF_ROLES);
    // Every task the supervisor or head may read: the unit's tasks are granted to them per case.
    ensure(ALL_UNIT_TASKS, 0, "#6a1b9a", "Semua tugas unit Anda",
        () -> taskService.createTaskQuery().orderByDueDate().asc(),
        List.of(Roles.SUPERVISOR, Roles.HEAD));
    // Cases a caseworker put on the case-conference agenda in a monitoring contact (process variable).
    ensure(CONFERENCE_AGENDA, 10, "#ef6c00", "Kasus yang diagendakan untuk konferensi kasus",
        () -> taskService.createTaskQuery().processVariableValueEquals("caseConference", true)
            .orderByDueDate().asc(),
        List.of(Roles.CASEWORKER, Roles.SUPERVISOR, Roles.HEAD));
  }

  private void ensure(String name, int priority, String color, String description, Supplier<TaskQuery> query,
      List<String> readers) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", CASE_VARIABLES);

    Filter filter = filterService.createFilterQuery().filterResourceType(EntityTypes.TASK)
        .filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query.get());
    filter.setProperties(properties);
    filterService.saveFilter(filter);
    for (String group : readers) {
      grants.grantGroup(group, Resources.FILTER, filter.getId(), READ);
    }
  }
}
