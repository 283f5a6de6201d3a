package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new task's variables read without the query for its own ({@link CommandEntities#taskVariable}) and its candidate
 * groups' grants created without the query for an existing one ({@link NewTaskGrants}): the same answers as the
 * engine's own ways, and the query skipped only for a task of the running command.
 */
class CommandEntitiesTest {

  private final List<Object> seen = new ArrayList<>();
  private final AtomicInteger grantLookups = new AtomicInteger();
  private final Map<Object, Object> beans = new HashMap<>();
  private ProcessEngine engine;

  @BeforeEach
  void buildEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:command-entities-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("command-entities-" + UUID.randomUUID());
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    configuration.setResourceAuthorizationProvider(new NewTaskGrants.Provider() {
      @Override
      protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String id) {
        grantLookups.incrementAndGet();
        return super.getGrantAuthorizationByGroupId(groupId, resource, id);
      }
    });
    beans.put("read", (TaskListener) task -> seen.add(CommandEntities.taskVariable(task, "regency")));
    beans.put("setOwn", (TaskListener) task -> task.setVariableLocal("regency", "own"));
    configuration.setBeans(beans);
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void deploy(String... createListeners) {
    var task = Bpmn.createExecutableProcess("probe").startEvent().userTask("Task_Probe")
        .camundaCandidateGroups("unit-a, unit-b");
    for (String listener : createListeners) {
      task = task.camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_CREATE, "${" + listener + "}");
    }
    engine.getRepositoryService().createDeployment()
        .addModelInstance("probe.bpmn", task.camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_COMPLETE,
            "${read}").endEvent().done()).deploy();
  }

  private Task start() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("probe", Map.of("regency", "3504"))
        .getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  @Test
  void aNewTaskReadsTheVariablesOfItsExecution() {
    deploy("read");
    start();
    assertThat(seen).containsExactly("3504");
  }

  @Test
  void aNewTaskReadsItsOwnVariableSetInTheSameCommand() {
    deploy("setOwn", "read");
    start();
    assertThat(seen).containsExactly("own");
  }

  @Test
  void aTaskOfAnEarlierCommandReadsItsOwnVariablesFromTheDatabase() {
    deploy();
    Task task = start();
    engine.getTaskService().setVariableLocal(task.getId(), "regency", "own");
    engine.getTaskService().complete(task.getId());
    assertThat(seen).containsExactly("own");
  }

  @Test
  void aNewTasksCandidateGroupsGetTheirGrantsWithoutALookup() {
    deploy();
    Task task = start();

    assertThat(grantLookups).hasValue(0);
    assertThat(grants(task.getId())).extracting(Authorization::getGroupId).containsExactlyInAnyOrder("unit-a",
        "unit-b");
  }

  @Test
  void aCandidateGroupAddedLaterExtendsTheGrantItAlreadyHas() {
    deploy();
    Task task = start();
    engine.getTaskService().addCandidateGroup(task.getId(), "unit-a");
    engine.getTaskService().addCandidateGroup(task.getId(), "unit-c");

    assertThat(grantLookups).hasValue(2);
    assertThat(grants(task.getId())).extracting(Authorization::getGroupId).containsExactlyInAnyOrder("unit-a",
        "unit-b", "unit-c");
  }

  private List<Authorization> grants(String taskId) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(taskId).list();
  }
}
