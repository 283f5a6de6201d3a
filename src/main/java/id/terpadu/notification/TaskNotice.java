package id.terpadu.notification;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.CommandEntities;
import id.terpadu.region.UnitTimeZones;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task e-mail may say: the case number, the task's name (as Tasklist shows it), its deadline in the
 * unit's time zone, and the task id for the Tasklist link. Deliberately nothing else: no child's name, NIK,
 * address or case description can reach an e-mail through it.
 *
 * @param caseNumber may be null for a task outside a case
 * @param due        may be null (no deadline)
 */
public record TaskNotice(String caseNumber, String taskName, Instant due, ZoneId zone, String taskId) {

  public TaskNotice {
    if (taskId == null || taskId.isBlank()) {
      throw new IllegalArgumentException("A task notice needs the task id");
    }
    zone = zone == null ? UnitTimeZones.WIB : zone;
    taskName = taskName == null || taskName.isBlank() ? "(tanpa nama)" : taskName;
  }

  /** The notice of an engine task: case number and regency from its process variables. */
  public static TaskNotice of(DelegateTask task) {
    Object caseNumber = CommandEntities.taskVariable(task, CaseVariables.CASE_NUMBER);
    String number = caseNumber instanceof String s ? s : task.getExecution() == null ? null
        : task.getExecution().getProcessBusinessKey();
    Object regency = CommandEntities.taskVariable(task, CaseVariables.REGENCY);
    ZoneId zone = regency instanceof String code && code.length() >= 2 ? UnitTimeZones.of(code) : UnitTimeZones.WIB;
    return new TaskNotice(number, task.getName(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        zone, task.getId());
  }

  /** For a task of the given id and the case's regency (SLA timers, other callers). */
  public static TaskNotice of(String caseNumber, String regencyCode, String taskName, Instant due, String taskId) {
    return new TaskNotice(caseNumber, taskName, due, regencyCode == null ? null : UnitTimeZones.of(regencyCode),
        taskId);
  }
}
