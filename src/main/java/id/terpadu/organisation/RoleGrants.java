package id.terpadu.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import id.terpadu.casefile.CaseVariables;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The application permissions of each role group. Tasks themselves are readable and workable by
 * their candidate groups (the engine writes those grants); process instances are granted per case.
 */
@Component
public class RoleGrants {

  public static final String TASKLIST = "tasklist";
  public static final String COCKPIT = "cockpit";

  private final OrganisationService organisation;
  private final Grants grants;

  public RoleGrants(OrganisationService organisation, Grants grants) {
    this.organisation = organisation;
    this.grants = grants;
  }

  public void apply() {
    organisation.ensureGroup(Roles.ADMIN, Roles.roleName(Roles.ADMIN), Roles.GROUP_TYPE_SYSTEM);
    for (Resources resource : Resources.values()) {
      grants.grantGroup(Roles.ADMIN, resource, "*", ALL);
    }
    for (String role : Roles.STAFF_ROLES) {
      organisation.ensureGroup(role, Roles.roleName(role), Roles.GROUP_TYPE_ROLE);
      grants.grantGroup(role, Resources.APPLICATION, TASKLIST, ACCESS);
    }
    // Registering complaints: the Tasklist start form and POST /api/complaints start the case process.
    for (String role : List.of(Roles.INTAKE, Roles.CASEWORKER, Roles.SUPERVISOR)) {
      grants.grantGroup(role, Resources.PROCESS_DEFINITION, CaseVariables.PROCESS_KEY, READ, CREATE_INSTANCE);
      grants.grantGroup(role, Resources.PROCESS_INSTANCE, "*", CREATE);
    }
    for (String role : Roles.COCKPIT_ROLES) {
      grants.grantGroup(role, Resources.APPLICATION, COCKPIT, ACCESS);
      // Definitions only: instances are readable per case, for the case's own unit.
      grants.grantGroup(role, Resources.PROCESS_DEFINITION, "*", READ);
      grants.grantGroup(role, Resources.DECISION_DEFINITION, "*", READ);
    }
  }
}
