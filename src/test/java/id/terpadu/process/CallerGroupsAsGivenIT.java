package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's authorization checks take the caller's groups as given (docs/adr/0039): a group without any grant
 * stays in the list (the engine's own manager would have read every group holding a grant to drop it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CallerGroupsAsGivenIT {

  @Autowired ProcessEngine engine;

  @Test
  void theCallersGroupsReachTheChecksWithoutAReadOfEveryGroupHoldingAGrant() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> groups = configuration.getCommandExecutorTxRequired().execute(context -> {
      assertThat(context.getAuthorizationManager()).isInstanceOf(CallerGroupsAsGiven.Manager.class);
      return context.getAuthorizationManager().filterAuthenticatedGroupIds(List.of("group-without-grants"));
    });
    assertThat(groups).containsExactly("group-without-grants");
    List<String> none = configuration.getCommandExecutorTxRequired().execute(
        context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(null));
    assertThat(none).isEmpty();
  }
}
