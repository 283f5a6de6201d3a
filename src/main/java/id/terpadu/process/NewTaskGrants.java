package id.terpadu.process;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's default grants for a task's candidate groups and users, without its query for an existing grant when
 * the task is created by the same command: the engine looks in the database for a grant to extend before it creates
 * one, and a task whose id is new cannot have one there (every new case's first task asked once per candidate
 * group). The query never saw grants pending in the same command either, so what is created is the same as before.
 * See docs/adr/0049-fewer-round-trips-per-new-case.md.
 */
@Component
public class NewTaskGrants extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {
    @Override
    protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
        Resource resource) {
      if ((resource == Resources.TASK || resource == Resources.HISTORIC_TASK)
          && CommandEntities.isNew(TaskEntity.class, taskId)) {
        return null;
      }
      return super.getGrantAuthorization(taskId, userId, groupId, resource);
    }
  }
}
