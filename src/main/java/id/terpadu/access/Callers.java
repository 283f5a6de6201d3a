package id.terpadu.access;

import id.terpadu.organisation.OrganisationService;
import id.terpadu.security.StaffAuthentication;
import org.springframework.stereotype.Component;

/**
 * Looks up the caller of this request with their region scope, read from the database on every call (no cache
 * in any node: a scope change applies from the staff member's next request on every node).
 */
@Component
public class Callers {

  private final OrganisationService organisation;

  public Callers(OrganisationService organisation) {
    this.organisation = organisation;
  }

  public Caller current() {
    StaffAuthentication staff = Caller.currentStaff();
    return new Caller(staff.userId(), staff.groupIds(), RegionScope.of(organisation.scopeOf(staff.userId())));
  }
}
