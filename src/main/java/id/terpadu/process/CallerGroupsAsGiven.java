package id.terpadu.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks use the caller's groups as they are, without first reading which groups have
 * any grant at all (docs/adr/0039).
 *
 * <p>Before each command's first authorization check the engine reads every group that holds a grant
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) and keeps only the caller's groups among them, so that
 * a user of hundreds of directory groups does not put them all into the checks' {@code IN} lists. Terpadu grants per
 * process instance and per task (ADR 0012), so the table holds a few grants per open task: about 500,000 rows in a
 * province, and the statement reads the whole group index each time (35–110 ms on PostgreSQL), in every task list,
 * claim, completion and case start of every user. A Terpadu user has a few groups (a role per unit), and a group
 * without grants matches no grant row in a check, so leaving it in changes no answer.
 */
@Component
public class CallerGroupsAsGiven extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories();
    if (factories == null) {
      factories = new ArrayList<>();
      configuration.setCustomSessionFactories(factories);
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
  }

  /** The engine's authorization manager, with the caller's groups taken as given. */
  static final class Manager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
