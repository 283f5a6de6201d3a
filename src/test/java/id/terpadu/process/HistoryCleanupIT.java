package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's history cleanup removes what ended longer ago than the time to live, by its end time, and nothing
 * else; no history row carries a removal time, as none is stamped when an instance ends (docs/adr/0004, 0039).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HistoryCleanupIT {

  private static final String PROBE = "historyCleanupProbe";

  @Autowired ProcessEngine engine;
  @Value("${terpadu.history.time-to-live-days}") int timeToLiveDays;

  @Test
  void historyThatEndedLongerAgoThanTheTimeToLiveIsRemovedByItsEndTime() throws InterruptedException {
    var repository = engine.getRepositoryService();
    var runtime = engine.getRuntimeService();
    HistoryService history = engine.getHistoryService();
    String deployment = repository.createDeployment().addModelInstance(PROBE + ".bpmn",
        Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(timeToLiveDays).startEvent().endEvent().done())
        .deploy().getId();
    try {
      String expired;
      ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(timeToLiveDays + 2L))));
      try {
        expired = runtime.startProcessInstanceByKey(PROBE, Map.of("stage", "OLD")).getId();
      } finally {
        ClockUtil.reset();
      }
      String kept = runtime.startProcessInstanceByKey(PROBE, Map.of("stage", "NEW")).getId();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(expired, kept))
          .finished().list()).hasSize(2).allSatisfy(p -> assertThat(p.getRemovalTime()).isNull());
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(kept).singleResult().getRemovalTime())
          .isNull();

      Job cleanup = history.cleanUpHistoryAsync(true);
      try {
        engine.getManagementService().executeJob(cleanup.getId());
      } catch (ProcessEngineException ranOnAJobThread) {
        // the job executor took the job first: it runs it
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (history.createHistoricProcessInstanceQuery().processInstanceId(expired).count() > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(expired).count()).isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(expired).count()).isZero();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(kept).count()).isOne();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(kept).count()).isOne();
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
