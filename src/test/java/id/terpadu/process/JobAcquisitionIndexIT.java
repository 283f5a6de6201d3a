package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's job table has the due-date index after start (docs/adr/0038), and a second node's start, finding
 * it there, leaves it as it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class JobAcquisitionIndexIT {

  @Autowired JobAcquisitionIndex index;
  @Autowired ProcessEngine engine;

  @Test
  void theJobTableHasTheDueDateIndexAndASecondStartKeepsIt() {
    assertThat(index.exists()).isTrue();
    index.postProcessEngineBuild(engine);
    assertThat(index.exists()).isTrue();
  }
}
