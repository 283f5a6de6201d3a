package id.terpadu.reporting;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.CommandEntities;
import id.terpadu.process.EveryUserTask;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link TaskStageTally} which case's tasks changed: every user task of every model gets a listener for
 * creation, completion, deletion and a change of its due date. The case is the {@code caseId} variable, or the case
 * whose number is the process's business key. The tally reads the task's state from the engine's history just before
 * the transaction commits, so the listener only names the case.
 */
@Component
public class TaskStageEvents extends AbstractProcessEnginePlugin implements TaskListener {

  // Looked up when a task event comes: the engine's configuration must not depend on the application's beans.
  private final ObjectProvider<TaskStageTally> tally;

  public TaskStageEvents(ObjectProvider<TaskStageTally> tally) {
    this.tally = tally;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, this, EVENTNAME_CREATE, EVENTNAME_COMPLETE, EVENTNAME_DELETE,
        EVENTNAME_UPDATE);
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_UPDATE.equals(task.getEventName())
        && !(task instanceof TaskEntity entity && entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE))) {
      return; // a claim, a note, a priority: no change to the stages
    }
    Long caseId = caseOf(task);
    if (caseId != null) {
      tally.getObject().touch(List.of(caseId));
    }
  }

  private Long caseOf(DelegateTask task) {
    if (CommandEntities.taskVariable(task, CaseVariables.CASE_ID) instanceof Number id) {
      return id.longValue();
    }
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    return businessKey == null ? null : tally.getObject().caseOfBusinessKey(businessKey);
  }
}
