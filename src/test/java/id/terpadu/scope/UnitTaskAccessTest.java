package id.terpadu.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unit's supervisors and head get READ on every task of a case and on its process instance, once each: when the
 * command that creates them also starts the instance (no grant can be stored yet, and none is looked for) and when
 * a later command creates the next task of a stored instance (the instance's grants are found and kept).
 */
class UnitTaskAccessTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:unit-task-access;DB_CLOSE_DELAY=1000")
        .setJobExecutorActivate(false);
    // As in the application: candidate groups get their task grants from the engine.
    configuration.setAuthorizationEnabled(true);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
    configuration.setProcessEnginePlugins(List.of(new UnitTaskAccess()));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance twoTasks = Bpmn.createExecutableProcess("Process_TwoTasks").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_First").camundaCandidateGroups("caseworker-3504")
        .userTask("Task_Second").camundaCandidateGroups("supervisor-3504")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("two-tasks.bpmn", twoTasks).deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void overseersReadEveryTaskAndTheInstanceOnce() {
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey("Process_TwoTasks", Map.of("regency", "3504")).getId();
    Task first = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

    assertThat(readers(Resources.PROCESS_INSTANCE, instance)).containsExactlyInAnyOrder("supervisor-3504",
        "head-3504");
    assertThat(readers(Resources.TASK, first.getId())).contains("supervisor-3504", "head-3504");

    engine.getTaskService().complete(first.getId());
    Task second = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

    assertThat(readers(Resources.PROCESS_INSTANCE, instance)).as("the instance's grants, once each")
        .containsExactlyInAnyOrder("supervisor-3504", "head-3504");
    // supervisor-3504 is a candidate of the second task and gets its grant from the engine, not a second one.
    assertThat(readers(Resources.TASK, second.getId())).contains("head-3504")
        .filteredOn("supervisor-3504"::equals).hasSize(1);
  }

  @Test
  void aCaseWithoutARegencyGetsNoOverseers() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("Process_TwoTasks").getId();

    assertThat(readers(Resources.PROCESS_INSTANCE, instance)).isEmpty();
  }

  /** The groups with a READ grant on one resource, one entry per grant row. */
  private static List<String> readers(Resource resource, String id) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(resource).resourceId(id).list()
        .stream().filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && a.getGroupId() != null
            && a.isPermissionGranted(Permissions.READ))
        .map(Authorization::getGroupId).toList();
  }
}
