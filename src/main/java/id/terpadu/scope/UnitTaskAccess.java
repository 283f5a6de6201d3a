package id.terpadu.scope;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.organisation.Roles;
import id.terpadu.process.CommandEntities;
import id.terpadu.process.EveryUserTask;
import id.terpadu.process.Privileged;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The unit's supervisors and head oversee every task and process instance of their unit's cases: when a
 * task of a case is created, their groups ({@code supervisor-<regency>}, {@code head-<regency>}) get READ
 * on the task and on its process instance (Cockpit, "Semua Tugas Unit"). Never a definition-wide grant.
 */
@Component
public class UnitTaskAccess extends AbstractProcessEnginePlugin implements TaskListener {

  static final List<String> OVERSEERS = List.of(Roles.SUPERVISOR, Roles.HEAD);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, this, EVENTNAME_CREATE);
  }

  @Override
  public void notify(DelegateTask task) {
    Object regency = CommandEntities.taskVariable(task, CaseVariables.REGENCY);
    if (!(regency instanceof String code) || code.length() != 4) {
      return;
    }
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    Set<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).collect(Collectors.toSet());
    Privileged.run(() -> grantOverseers(authorizations, code, task.getId(), task.getProcessInstanceId(), candidates));
  }

  /**
   * READ for the unit's supervisor and head groups on a task and its process instance. Candidate groups already
   * get their task grant from the engine when the candidate link is added. The caller runs it privileged.
   */
  static void grantOverseers(AuthorizationService authorizations, String regency, String taskId,
      String processInstanceId, Set<String> candidateGroups) {
    for (String role : OVERSEERS) {
      String group = Roles.unitGroup(role, regency);
      if (taskId != null && !candidateGroups.contains(group)) {
        grant(authorizations, group, Resources.TASK, taskId);
      }
      grant(authorizations, group, Resources.PROCESS_INSTANCE, processInstanceId);
    }
  }

  /**
   * Whether this engine command already inserts the grant: a query reads the database only, so several tasks
   * created in one command (parallel branches, a multi-instance) would otherwise insert the same grant twice.
   */
  static boolean pendingInThisCommand(String group, Resource resource, String id) {
    CommandContext command = Context.getCommandContext();
    return command != null && command.getDbEntityManager()
        .getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(a -> group.equals(a.getGroupId()) && a.getResourceType() == resource.resourceType()
            && id.equals(a.getResourceId()));
  }

  /**
   * Whether the task or process instance {@code id} is created by this engine command and not yet written: no grant
   * on it can be in the database then, and the query for one is skipped (a case start creates both).
   */
  static boolean newInThisCommand(Resource resource, String id) {
    Class<? extends DbEntity> type = resource == Resources.TASK ? TaskEntity.class
        : resource == Resources.PROCESS_INSTANCE ? ExecutionEntity.class : null;
    return type != null && CommandEntities.isNew(type, id);
  }

  static void grant(AuthorizationService authorizations, String group, Resource resource, String id) {
    boolean exists = pendingInThisCommand(group, resource, id) || !newInThisCommand(resource, id)
        && authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(id)
            .count() > 0;
    if (!exists) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(id);
      grant.addPermission(READ);
      authorizations.saveAuthorization(grant);
    }
  }
}
