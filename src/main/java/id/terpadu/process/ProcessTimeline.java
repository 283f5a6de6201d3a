package id.terpadu.process;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import id.terpadu.casefile.TimelineEntry.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case's process as its history records it: process start and end, and every user task created,
 * taken or assigned, completed (by whom) or cancelled. Read without the caller's engine authorizations:
 * {@code CaseAccess} already allowed the case, and a caseworker must see the triage that came before them.
 */
@Component
@Order(30)
class ProcessTimeline implements CaseTimelineSource {

  static final String COMPLETED = "completed";

  private final HistoryService history;
  private final IdentityService identity;

  ProcessTimeline(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    if (theCase.getProcessInstanceId() == null) {
      return List.of();
    }
    return Privileged.asApplication(identity, () -> {
      List<TimelineEntry> entries = new ArrayList<>();
      // every instance of the case process (a reopened case has several), by the case number as business key
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(CaseVariables.PROCESS_KEY).processInstanceBusinessKey(theCase.getCaseNumber())
          .list()) {
        entries.addAll(read(instance));
      }
      return entries;
    });
  }

  private List<TimelineEntry> read(HistoricProcessInstance instance) {
    List<TimelineEntry> entries = new ArrayList<>();
    String instanceId = instance.getId();
    String process = instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
        : instance.getProcessDefinitionKey();
    entries.add(entry(instance.getStartTime(), instance.getStartUserId(), Type.PROCESS_STARTED,
        "Proses dimulai: " + process, null));

    Map<String, String> completedBy = completedBy(instanceId);
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
        .list().stream().sorted(Comparator.comparing(HistoricTaskInstance::getStartTime)).toList();
    for (HistoricTaskInstance task : tasks) {
      entries.addAll(taskEntries(task, completedBy.get(task.getId())));
    }

    if (instance.getEndTime() != null) {
      boolean cancelled = instance.getDeleteReason() != null;
      entries.add(entry(instance.getEndTime(), null, Type.PROCESS_ENDED,
          (cancelled ? "Proses dibatalkan: " : "Proses selesai: ") + process, null));
    }
    return entries;
  }

  private List<TimelineEntry> taskEntries(HistoricTaskInstance task, String completer) {
    List<TimelineEntry> entries = new ArrayList<>();
    String name = task.getName() != null ? task.getName() : task.getTaskDefinitionKey();
    entries.add(entry(task.getStartTime(), null, Type.TASK_CREATED, "Tugas dibuat: " + name, null));
    List<HistoricIdentityLinkLog> assignments = history.createHistoricIdentityLinkLogQuery()
        .taskId(task.getId()).type(IdentityLinkType.ASSIGNEE).list().stream()
        .sorted(Comparator.comparing(HistoricIdentityLinkLog::getTime)).toList();
    for (HistoricIdentityLinkLog link : assignments) {
      // An assignee set while the task is created is logged a moment before the task's start time.
      Date at = link.getTime().before(task.getStartTime()) ? task.getStartTime() : link.getTime();
      entries.add(assignment(link, at, name));
    }
    if (task.getEndTime() != null) {
      if (COMPLETED.equals(task.getDeleteReason())) {
        String actor = completer != null ? completer : task.getAssignee();
        entries.add(entry(task.getEndTime(), actor, Type.TASK_COMPLETED, "Tugas diselesaikan: " + name, null));
      } else {
        entries.add(entry(task.getEndTime(), null, Type.TASK_CANCELLED, "Tugas dibatalkan: " + name, null));
      }
    }
    return entries;
  }

  private static TimelineEntry assignment(HistoricIdentityLinkLog link, Date at, String taskName) {
    if ("delete".equals(link.getOperationType())) {
      return entry(at, link.getAssignerId(), Type.TASK_UNASSIGNED, "Tugas dilepas: " + taskName,
          null);
    }
    if (link.getUserId() != null && link.getUserId().equals(link.getAssignerId())) {
      return entry(at, link.getUserId(), Type.TASK_ASSIGNED, "Tugas diambil: " + taskName, null);
    }
    return entry(at, link.getAssignerId(), Type.TASK_ASSIGNED, "Tugas ditugaskan: " + taskName,
        "Kepada: " + link.getUserId());
  }

  /** Who completed each task, from the engine's user operation log (written for authenticated users). */
  private Map<String, String> completedBy(String instanceId) {
    Map<String, String> byTask = new HashMap<>();
    for (UserOperationLogEntry e : history.createUserOperationLogQuery().processInstanceId(instanceId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
      if (e.getTaskId() != null && e.getUserId() != null) {
        byTask.putIfAbsent(e.getTaskId(), e.getUserId());
      }
    }
    return byTask;
  }

  private static TimelineEntry entry(Date at, String actor, Type type, String title, String detail) {
    return new TimelineEntry(at == null ? null : Instant.ofEpochMilli(at.getTime()),
        actor != null ? actor : TaskActor.SYSTEM, type, title, detail);
  }
}
