package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's job, task and grant tables have Terpadu's indexes after start (docs/adr/0038-0040), and a second node's
 * start, finding them there, leaves them as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class EngineIndexesIT {

  @Autowired EngineIndexes indexes;
  @Autowired ProcessEngine engine;

  @Test
  void theEngineTablesHaveTheIndexesAndASecondStartKeepsThem() {
    assertThat(EngineIndexes.names()).hasSize(3).allSatisfy(index -> assertThat(indexes.exists(index)).isTrue());
    indexes.postProcessEngineBuild(engine);
    assertThat(EngineIndexes.names()).allSatisfy(index -> assertThat(indexes.exists(index)).isTrue());
  }
}
