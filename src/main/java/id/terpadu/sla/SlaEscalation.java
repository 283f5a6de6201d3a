package id.terpadu.sla;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.DecisionTables;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.region.UnitTimeZones;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Escalation of a user task past its deadline, driven by the non-interrupting boundary timers of the models
 * ({@code Timer_<Task>Due}, time cycle {@code ${slaEscalation.cycle(execution, 'STAGE')}}): the first level
 * fires at the task's due date, the next ones one period apart, as {@code Decision_SlaEscalation} says (the
 * period is an ISO-8601 duration of days, hours or minutes). Each level is recorded once per task
 * ({@code sla_breach}, unique task and level — also when a timer job runs twice or on two nodes), the first one
 * raises a Cockpit incident of type {@value #INCIDENT_TYPE}, and {@link SlaBreached} tells the notification feature
 * whom to write to.
 */
@Component("slaEscalation")
public class SlaEscalation {

  public static final String DECISION = "Decision_SlaEscalation";
  public static final String INCIDENT_TYPE = "slaBreach";
  static final String OWNER = "OWNER";
  /**
   * A task of the same key due later than this is left to its own timer. The margin covers a timer that fires
   * a moment before its task's due date (the timer's start is computed a few milliseconds before the task's).
   */
  static final Duration NOT_YET_DUE_MARGIN = Duration.ofMinutes(5);

  private final Deadlines deadlines;
  private final DecisionTables decisions;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SlaBreachRepository breaches;
  private final ApplicationEventPublisher events;

  public SlaEscalation(Deadlines deadlines, DecisionTables decisions, TaskService tasks, RuntimeService runtime,
      SlaBreachRepository breaches, ApplicationEventPublisher events) {
    this.deadlines = deadlines;
    this.decisions = decisions;
    this.tasks = tasks;
    this.runtime = runtime;
    this.breaches = breaches;
    this.events = events;
  }

  /** The escalation chain of a stage: the period between levels and who is told at each level. */
  record Chain(String period, List<String> levels) {}

  /** The boundary timer's cycle: one firing per level, the first at the task's due date. */
  public String cycle(DelegateExecution execution, String stage) {
    return cycleFrom(execution, deadlines.due(execution, stage), stage);
  }

  /**
   * As {@link #cycle}, for a task whose due date is given (e.g. a decision's due date chosen by the people who
   * took it) rather than taken from the deadlines table; the escalation chain is the stage's.
   */
  public String cycleFrom(DelegateExecution execution, java.util.Date dueDate, String stage) {
    Instant due = dueDate.toInstant();
    // The cycle's start keeps whole seconds only: round up, so that no firing comes before the task is due.
    Instant start = due.getNano() == 0 ? due : due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
    Chain chain = chain(stage, text(execution.getVariable(CaseVariables.RISK_LEVEL)));
    // "R<n>/<start>/<period>" fires at the start and then n more times: n = levels - 1 (at least 1: a firing
    // past the end of the chain records nothing)
    return "R" + Math.max(1, chain.levels().size() - 1) + "/" + DateTimeFormatter.ISO_INSTANT.format(start) + "/"
        + chain.period();
  }

  /** A firing of the boundary timer of {@code taskKey}: records and announces the next level of its breach. */
  public void escalate(DelegateExecution execution, String taskKey, String stage) {
    String risk = text(execution.getVariable(CaseVariables.RISK_LEVEL));
    Chain chain = chain(stage, risk);
    for (Task task : tasksOf(execution, taskKey)) {
      if (task.getDueDate() != null && task.getDueDate().toInstant()
          .isAfter(ClockUtil.getCurrentTime().toInstant().plus(NOT_YET_DUE_MARGIN))) {
        continue; // not due yet: another task of the same key (a multi-instance), whose own timer fires later
      }
      int level = levelNow(task, chain);
      if (level > chain.levels().size()) {
        continue; // the chain has ended for this task
      }
      if (breaches.isRecorded(task.getId(), level)) {
        continue; // already recorded: the same firing ran again
      }
      record(execution, task, level, stage, risk, chain.levels().get(level - 1));
    }
  }

  /**
   * The tasks of {@code taskKey} in the execution's process instance. Inside the engine's command (the timer's
   * listener, always so far) they are read with the engine's plain statement by process instance: a task query
   * builds its large dynamic SQL again on every call, 8 % of an SLA storm's CPU.
   */
  private List<? extends Task> tasksOf(DelegateExecution execution, String taskKey) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return Privileged.run(() -> tasks.createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list());
    }
    return command.getTaskManager().findTasksByProcessInstanceId(execution.getProcessInstanceId()).stream()
        .filter(task -> taskKey.equals(task.getTaskDefinitionKey())).toList();
  }

  /** The task's identity links: the task's own (loaded with it) inside the engine's command, else by the service. */
  private List<? extends IdentityLink> identityLinksOf(Task task) {
    return task instanceof TaskEntity entity && Context.getCommandContext() != null ? entity.getIdentityLinks()
        : Privileged.run(() -> tasks.getIdentityLinksForTask(task.getId()));
  }

  /**
   * The level a task has reached now: 1 at its due date, one more each period after it. Derived from the
   * clock, not from the breaches so far, so that a timer job run again (a retry, a second node) finds the
   * same level and records nothing twice, and a timer that fires late skips to where the task really is.
   */
  static int levelNow(Task task, Chain chain) {
    if (task.getDueDate() == null) {
      return 1;
    }
    Duration late = Duration.between(task.getDueDate().toInstant(), ClockUtil.getCurrentTime().toInstant());
    Duration period = Duration.parse(chain.period());
    if (late.isNegative() || period.isZero() || period.isNegative()) {
      return 1;
    }
    return (int) Math.min(Integer.MAX_VALUE - 1L, 1 + late.toMillis() / period.toMillis());
  }

  private void record(DelegateExecution execution, Task task, int level, String stage, String risk, String who) {
    String regency = text(execution.getVariable(CaseVariables.REGENCY));
    List<String> groups = identityLinksOf(task).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    List<String> notifyUsers = new ArrayList<>();
    List<String> notifyGroups = new ArrayList<>();
    if (OWNER.equals(who)) {
      if (task.getAssignee() != null) {
        notifyUsers.add(task.getAssignee());
      } else {
        notifyGroups.addAll(groups);
      }
    } else if (regency != null) {
      notifyGroups.add(who + "-" + regency);
    }
    Object caseId = execution.getVariable(CaseVariables.CASE_ID);
    String caseNumber = text(execution.getVariable(CaseVariables.CASE_NUMBER));
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    SlaBreach breach = new SlaBreach(task.getId(), level, task.getTaskDefinitionKey(), task.getName(),
        execution.getProcessInstanceId(), caseId instanceof Long id ? id : null, caseNumber, regency, stage, risk,
        task.getAssignee(), String.join(",", groups),
        String.join(",", notifyUsers.isEmpty() ? notifyGroups : notifyUsers), due,
        ClockUtil.getCurrentTime().toInstant());
    if (level == 1) {
      // The incident first, so that the breach is inserted once with it (not inserted, then updated at commit: a
      // statement less per breach in an SLA storm). Both are in this transaction: a duplicate breach (the same
      // firing on another node) rolls the incident back with it.
      String message = "Tenggat terlewati: " + task.getName() + (caseNumber == null ? "" : " kasus " + caseNumber)
          + (due == null ? "" : ", tenggat " + FormValues.INDONESIAN_DATE_TIME.format(
              due.atZone(UnitTimeZones.of(regency == null ? "35" : regency))));
      Incident incident = Privileged.run(() -> runtime.createIncident(INCIDENT_TYPE, task.getExecutionId(),
          configuration(task.getId()), message));
      breach.attachIncident(incident.getId());
    }
    SlaBreach stored = breaches.saveAndFlush(breach);
    events.publishEvent(new SlaBreached(stored.getId(), task.getId(), task.getName(), level, caseNumber, regency, due,
        List.copyOf(notifyUsers), List.copyOf(notifyGroups)));
  }

  /** Unique per task: resolving an incident resolves every open incident with the same configuration. */
  static String configuration(String taskId) {
    return INCIDENT_TYPE + ":" + taskId;
  }

  Chain chain(String stage, String risk) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("stage", stage);
    inputs.put("risk", risk);
    Map<String, Object> rule = decisions.singleResult(DECISION, inputs);
    List<String> levels = new ArrayList<>();
    for (String key : List.of("level1", "level2", "level3")) {
      Object who = rule.get(key);
      if (who == null || who.toString().isBlank()) {
        break;
      }
      levels.add(who.toString().trim());
    }
    return new Chain((String) rule.get("period"), levels);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
