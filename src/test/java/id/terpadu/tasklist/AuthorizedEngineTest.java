package id.terpadu.tasklist;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;

/**
 * An in-memory engine (H2) with authorization on, without history or job executor, for the tests of Terpadu's copy of
 * the engine's task mapping: one engine per test class, no caller and the engine's default revoke check after each
 * test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizedEngineTest {

  ProcessEngineConfigurationImpl configuration;
  ProcessEngine engine;
  TaskService tasks;

  /** Builds the engine; {@code name} names its database and engine. */
  void startEngine(String name) {
    configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName(name)
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false);
    configuration.setHistory("none");
    engine = configuration.buildProcessEngine();
    tasks = engine.getTaskService();
  }

  @AfterAll
  void closeEngine() {
    engine.close();
  }

  @AfterEach
  void noCaller() {
    engine.getIdentityService().clearAuthentication();
    configuration.setAuthorizationCheckRevokes("auto");
  }
}
