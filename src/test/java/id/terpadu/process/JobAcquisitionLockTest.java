package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Job acquisition with Terpadu's copy of the engine's job mapping (docs/adr/0040): jobs one acquisition has selected
 * and not yet locked are skipped by a concurrent acquisition, which takes the next due jobs instead.
 */
class JobAcquisitionLockTest {

  static final String MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Job.xml";

  private ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void aConcurrentAcquisitionSkipsTheJobsAnotherIsLockingAndTakesTheNextOnes() throws Exception {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        new StandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:job-acquisition-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
            .setProcessEngineName("job-acquisition-" + UUID.randomUUID())
            .setJobExecutorActivate(false);
    configuration.setHistory("none");
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn",
        Bpmn.createExecutableProcess("probe").startEvent().camundaAsyncBefore().endEvent().done()).deploy();
    for (int i = 0; i < 6; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("probe");
    }

    CountDownLatch firstSelected = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() ->
        configuration.getCommandExecutorTxRequired().execute(context -> {
          List<String> ids = ids(context.getJobManager().findNextJobsToExecute(new Page(0, 3)));
          firstSelected.countDown();
          await(secondDone);
          return ids;
        }));
    assertThat(firstSelected.await(30, TimeUnit.SECONDS)).isTrue();
    List<String> second = configuration.getCommandExecutorTxRequired().execute(
        context -> ids(context.getJobManager().findNextJobsToExecute(new Page(0, 3))));
    secondDone.countDown();

    assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(3);
    assertThat(second).hasSize(3).doesNotContainAnyElementsOf(first.get());
  }

  @Test
  void theMappingIsTheEnginesExceptForTheMarkedBlock() throws Exception {
    assertThat(EngineMappingCopy.ours(MAPPING)).contains("FOR UPDATE SKIP LOCKED");
    EngineMappingCopy.assertIsTheEnginesExceptForTheMarkedBlocks(MAPPING, "0040");
  }

  private static List<String> ids(List<AcquirableJobEntity> jobs) {
    return jobs.stream().map(AcquirableJobEntity::getId).toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the second acquisition did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
