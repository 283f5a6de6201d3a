package id.terpadu.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs application bookkeeping inside an engine command without the current user's authorization
 * checks: listeners that grant access to a unit or list a unit's caseworkers act for the application,
 * not for the user who completed the task. Application code outside a command (an {@code /api} call, where
 * {@code EngineAuthenticationFilter} made the caller the engine's user) uses {@link #asApplication}.
 */
public final class Privileged {

  private Privileged() {}

  public static <T> T run(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return work.get();
    }
    try {
      return command.runWithoutAuthorization(work::get);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Runs engine API calls outside an engine command without the current user's authorization checks: the
   * engine's authentication is cleared for the call and restored afterwards. For reads whose access the
   * application has already decided (e.g. a case's history after {@code CaseAccess} allowed the case). Inside
   * a command (a listener) it is {@link #run(Supplier)}.
   */
  public static <T> T asApplication(IdentityService identity, Supplier<T> work) {
    if (Context.getCommandContext() != null) {
      return run(work);
    }
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
