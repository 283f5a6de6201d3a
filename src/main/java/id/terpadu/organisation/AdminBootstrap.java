package id.terpadu.organisation;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists. Outside the demo profile there is no default account: the
 * first administrator comes from {@code TERPADU_ADMIN_USER} / {@code TERPADU_ADMIN_PASSWORD}.
 */
@Component
public class AdminBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

  private final OrganisationService organisation;
  private final String adminUser;
  private final String adminPassword;

  public AdminBootstrap(OrganisationService organisation,
      @Value("${terpadu.admin.user:}") String adminUser,
      @Value("${terpadu.admin.password:}") String adminPassword) {
    this.organisation = organisation;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  public void ensureAdministrator() {
    if (organisation.countMembers(Roles.ADMIN) > 0) {
      return;
    }
    if (adminUser.isBlank() || adminPassword.isBlank()) {
      throw new NoAdministratorException(
          "No administrator exists and TERPADU_ADMIN_USER / TERPADU_ADMIN_PASSWORD are not set.");
    }
    if (organisation.userExists(adminUser)) {
      throw new NoAdministratorException("TERPADU_ADMIN_USER names the existing account '" + adminUser
          + "', which is not an administrator; choose a new user id for the first administrator.");
    }
    try {
      organisation.ensureStaff(new StaffAccount(adminUser, "Administrator", "Terpadu", null,
          List.of(Roles.ADMIN), List.of()), adminPassword);
    } catch (ProcessEngineException e) {
      throw new NoAdministratorException("The first administrator could not be created: " + e.getMessage());
    }
    LOG.info("Created the first administrator account '{}'", adminUser);
  }

  /** Start-up is refused: see {@link NoAdministratorFailureAnalyzer}. */
  public static class NoAdministratorException extends RuntimeException {
    public NoAdministratorException(String message) {
      super(message);
    }
  }
}
