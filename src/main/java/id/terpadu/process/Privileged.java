package id.terpadu.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs application bookkeeping inside an engine command without the current user's authorization
 * checks: listeners that grant access to a unit or list a unit's caseworkers act for the application,
 * not for the user who completed the task.
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
}
