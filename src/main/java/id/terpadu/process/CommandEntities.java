package id.terpadu.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * What the running engine command itself created and has not written yet: such an entity can have no row that
 * refers to it in the database (its id is new), so a query for one can be skipped. Each answer is read from the
 * command's own entity cache; nothing is kept between commands or shared between nodes.
 */
public final class CommandEntities {

  private CommandEntities() {}

  /** Whether the entity of this type and id is created by the running engine command and not yet written. */
  public static boolean isNew(Class<? extends DbEntity> type, String id) {
    CommandContext command = Context.getCommandContext();
    if (command == null || id == null) {
      return false;
    }
    DbEntityManager entities = command.getDbEntityManager();
    DbEntity entity = entities.getCachedEntity(type, id);
    return entity != null && entities.getDbEntityCache().isTransient(entity);
  }

  /**
   * A variable as the task sees it ({@code task.getVariable}: the task's own variables first, then its execution's
   * scopes), without the query for the task's own variables when the task is created by this command and none of
   * its own was set in it: the engine reads a task's variables from the database on the first access, also for a
   * task that cannot have any there yet (one query per new task for every listener of its creation).
   */
  public static Object taskVariable(DelegateTask task, String name) {
    if (task.getExecution() != null && isNew(TaskEntity.class, task.getId()) && !hasOwnVariables(task.getId())) {
      return task.getExecution().getVariable(name);
    }
    return task.getVariable(name);
  }

  private static boolean hasOwnVariables(String taskId) {
    return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(VariableInstanceEntity.class)
        .stream().anyMatch(variable -> taskId.equals(variable.getTaskId()));
  }
}
