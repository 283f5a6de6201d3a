package id.terpadu.organisation;

import id.terpadu.tasklist.TasklistFilters;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Runs once per start, before the web server accepts requests, and is idempotent: role groups and
 * their grants, the demo organisation (demo profile), the first administrator, Tasklist filters.
 */
@Component
@DependsOn("flywayInitializer")
public class OrganisationSetup implements SmartInitializingSingleton {

  private final RoleGrants roleGrants;
  private final Optional<DemoOrganisation> demo;
  private final AdminBootstrap adminBootstrap;
  private final TasklistFilters filters;

  public OrganisationSetup(RoleGrants roleGrants, Optional<DemoOrganisation> demo, AdminBootstrap adminBootstrap,
      TasklistFilters filters) {
    this.roleGrants = roleGrants;
    this.demo = demo;
    this.adminBootstrap = adminBootstrap;
    this.filters = filters;
  }

  @Override
  public void afterSingletonsInstantiated() {
    roleGrants.apply();
    demo.ifPresent(DemoOrganisation::create);
    adminBootstrap.ensureAdministrator();
    filters.ensureFilters();
  }
}
