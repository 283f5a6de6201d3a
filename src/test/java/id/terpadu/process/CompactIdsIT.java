package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The application's engine makes its ids with {@link CompactIds} (docs/adr/0042), not the starter's default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CompactIdsIT {

  @Autowired ProcessEngine engine;

  @Test
  void theEnginesIdsAreCompact() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getIdGenerator()).isInstanceOf(CompactIds.class);
    String first = configuration.getIdGenerator().getNextId();
    String second = configuration.getIdGenerator().getNextId();
    assertThat(first).matches("[0-9a-z]{23}");
    assertThat(second).isGreaterThan(first);
  }
}
