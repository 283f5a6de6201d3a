package id.terpadu.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: its assignee, else the authenticated user, else the system. */
public final class TaskActor {

  public static final String SYSTEM = "system";

  private TaskActor() {}

  public static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : SYSTEM;
  }
}
