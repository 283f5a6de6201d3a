package id.terpadu.process;

import id.terpadu.casefile.CaseVariables;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps a child's and reporter's identity out of the engine's history: variable events of variables named
 * {@code confidential…} (form inputs that go to the case file) are not written. Everything else is kept
 * as the history level says ({@link CaseAuditHistoryLevel}). See docs/adr/0005-confidential-form-inputs.md.
 */
@Component
public class ConfidentialHistoryFilter extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filtering(new DbHistoryEventHandler()));
  }

  static boolean isConfidential(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable && variable.getVariableName() != null
        && variable.getVariableName().startsWith(CaseVariables.CONFIDENTIAL_PREFIX);
  }

  /** Passes every event but confidential variable events to the database handler. */
  static final class Filtering implements HistoryEventHandler {
    private final HistoryEventHandler delegate;

    Filtering(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isConfidential(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
