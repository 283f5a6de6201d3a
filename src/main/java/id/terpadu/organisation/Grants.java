package id.terpadu.organisation;

import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Idempotent Camunda authorization grants: running the same grant twice leaves one authorization row
 * with the union of the permissions.
 */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants a group the given permissions on one resource (or {@code *} for all of its kind). */
  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(authorizations.createAuthorizationQuery().groupIdIn(groupId), a -> a.setGroupId(groupId),
        resource, resourceId, permissions);
  }

  /** Grants a user the given permissions on one resource. */
  public void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    grant(authorizations.createAuthorizationQuery().userIdIn(userId), a -> a.setUserId(userId),
        resource, resourceId, permissions);
  }

  private void grant(AuthorizationQuery ofOwner, Consumer<Authorization> setOwner, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization grant = ofOwner.authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource).resourceId(resourceId).singleResult();
    boolean changed = grant == null;
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      setOwner.accept(grant);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }
}
