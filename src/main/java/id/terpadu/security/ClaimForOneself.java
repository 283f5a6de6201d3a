package id.terpadu.security;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A staff member claims a task for themselves only. The engine lets anyone who may work on a task (a candidate:
 * {@code TASK_WORK}) claim it for <em>any</em> user id, and the claimed user then gets the task's grant: a partner
 * agency's officer could hand a referral task, with the child's data, to a user of another agency or unit (found by
 * the access matrix, docs/adr/0031-access-matrix-and-sessions.md). With an authenticated user (Tasklist, {@code
 * /engine-rest}, {@code /api}) a claim for someone else is refused with the engine's authorization error (403 over
 * REST), unless the caller is an administrator. Assigning and delegating need {@code TASK_ASSIGN}, which no staff role
 * has. The application's own claims (no authenticated user, {@code process.Privileged}) are not affected.
 */
@Component
public class ClaimForOneself extends AbstractProcessEnginePlugin {

  private static final Field TASK_ID = field("taskId");
  private static final Field USER_ID = field("userId");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new java.util.ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration));
  }

  /** Refuses a claim for another user by an authenticated non-administrator. */
  static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof ClaimTaskCmd claim) {
        check(claim);
      }
      return next.execute(command);
    }

    private void check(ClaimTaskCmd claim) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      String claimed = (String) read(USER_ID, claim);
      if (caller == null || caller.getUserId() == null || claimed == null || claimed.equals(caller.getUserId())
          || isAdmin(caller)) {
        return;
      }
      throw new AuthorizationException(caller.getUserId(), Permissions.TASK_ASSIGN.getName(),
          Resources.TASK.resourceName(), (String) read(TASK_ID, claim));
    }

    private boolean isAdmin(Authentication caller) {
      List<String> adminGroups = configuration.getAdminGroups();
      List<String> adminUsers = configuration.getAdminUsers();
      return (adminUsers != null && adminUsers.contains(caller.getUserId()))
          || (caller.getGroupIds() != null && caller.getGroupIds().contains(id.terpadu.organisation.Roles.ADMIN))
          || (adminGroups != null && caller.getGroupIds() != null
              && caller.getGroupIds().stream().anyMatch(adminGroups::contains));
    }
  }

  private static Field field(String name) {
    try {
      Field field = ClaimTaskCmd.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's ClaimTaskCmd has no field " + name, e);
    }
  }

  private static Object read(Field field, ClaimTaskCmd claim) {
    try {
      return field.get(claim);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
