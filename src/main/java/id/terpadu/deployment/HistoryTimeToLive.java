package id.terpadu.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One history time to live for every model, from configuration ({@code terpadu.history.time-to-live-days}):
 * the engine default for models without one (decisions) and an override for processes, whose models
 * carry the same number for the Modeler and linters. See docs/adr/0004-history-time-to-live.md.
 */
@Component
public class HistoryTimeToLive extends AbstractProcessEnginePlugin {

  private final int days;

  public HistoryTimeToLive(@Value("${terpadu.history.time-to-live-days}") int days) {
    if (days < 1) {
      throw new IllegalArgumentException("terpadu.history.time-to-live-days must be at least 1, is " + days);
    }
    this.days = days;
  }

  public int days() {
    return days;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryTimeToLive(String.valueOf(days));
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.setHistoryTimeToLive(days);
      }
    });
  }
}
