package id.terpadu.notification;

import id.terpadu.process.EveryUserTask;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Task e-mails for every user task of every deployed process, without touching the models: a BPMN parse
 * listener adds this listener for {@code create} and {@code assignment} to each user task. It runs inside the
 * engine command, hence inside the Spring transaction that completes or creates the task, so its outbox rows
 * commit with the task or not at all (docs/adr/0008-notification-outbox.md).
 * <ul>
 *   <li>create, no assignee: "new task" to every member of the candidate groups (and candidate users),
 *   except the user whose action created it;</li>
 *   <li>assignment (also when a task is created with an assignee): "task for you" to the assignee, unless
 *   they assigned it to themselves (claiming is not news).</li>
 * </ul>
 */
@Component
public class TaskNotifications extends AbstractProcessEnginePlugin implements TaskListener {

  // Looked up when a task event comes: the engine's configuration must not depend on engine services.
  private final ObjectProvider<Notifications> notifications;

  public TaskNotifications(ObjectProvider<Notifications> notifications) {
    this.notifications = notifications;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, this, EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT);
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = actor(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (task.getAssignee() != null) {
        return; // the assignment event tells the assignee
      }
      Set<String> groups = new LinkedHashSet<>();
      Set<String> users = new LinkedHashSet<>();
      for (IdentityLink link : task.getCandidates()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          } else if (link.getUserId() != null) {
            users.add(link.getUserId());
          }
        }
      }
      if (!groups.isEmpty() || !users.isEmpty()) {
        notifications.getObject().newTask(TaskNotice.of(task), groups, users, actor);
      }
    } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      String assignee = task.getAssignee();
      if (assignee != null && !Objects.equals(assignee, actor)) {
        notifications.getObject().taskAssigned(TaskNotice.of(task), assignee);
      }
    }
  }

  /** The user whose call is running (null for the job executor or the application itself). */
  private static String actor(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
