package id.terpadu.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds a task listener to every user task of every model the engine parses, from an engine plugin's
 * {@code preInit}: features that follow all tasks (notifications, oversight grants, SLA breaches, report tallies)
 * without a listener in each model.
 */
public final class EveryUserTask {

  private EveryUserTask() {}

  /** Registers {@code listener} for each of the task events ({@code TaskListener.EVENTNAME_*}). */
  public static void listen(ProcessEngineConfigurationImpl configuration, TaskListener listener, String... events) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    List<String> eventNames = List.of(events);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        eventNames.forEach(event -> definition.addTaskListener(event, listener));
      }
    });
  }
}
