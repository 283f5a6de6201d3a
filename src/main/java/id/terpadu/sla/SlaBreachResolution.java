package id.terpadu.sla;

import id.terpadu.process.EveryUserTask;
import id.terpadu.process.Privileged;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Ends the breaches of a task when the task ends, for every user task of every model: completed → the
 * breach is resolved and its {@code slaBreach} incident resolved (completing alone would only delete it);
 * cancelled (its scope ended) → resolved as cancelled.
 */
@Component
public class SlaBreachResolution extends AbstractProcessEnginePlugin {

  private final ObjectProvider<SlaBreachRepository> breaches;
  private final ObjectProvider<RuntimeService> runtime;

  public SlaBreachResolution(ObjectProvider<SlaBreachRepository> breaches, ObjectProvider<RuntimeService> runtime) {
    this.breaches = breaches;
    this.runtime = runtime;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, task -> resolve(task, SlaBreach.Resolution.COMPLETED),
        TaskListener.EVENTNAME_COMPLETE);
    EveryUserTask.listen(configuration, task -> resolve(task, SlaBreach.Resolution.CANCELLED),
        TaskListener.EVENTNAME_DELETE);
  }

  void resolve(DelegateTask task, SlaBreach.Resolution how) {
    List<SlaBreach> open = breaches.getObject().findByTaskIdAndResolvedAtIsNull(task.getId());
    for (SlaBreach breach : open) {
      breach.resolve(how, ClockUtil.getCurrentTime().toInstant());
      if (how == SlaBreach.Resolution.COMPLETED && breach.getIncidentId() != null) {
        RuntimeService engine = runtime.getObject();
        Privileged.run(() -> {
          if (engine.createIncidentQuery().incidentId(breach.getIncidentId()).count() > 0) {
            engine.resolveIncident(breach.getIncidentId());
          }
        });
      }
    }
  }
}
