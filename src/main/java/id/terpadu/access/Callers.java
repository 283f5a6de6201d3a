package id.terpadu.access;

import id.terpadu.organisation.OrganisationService;
import id.terpadu.security.StaffAuthentication;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Looks up the caller of this request with their region scope, read from the database for every request (no cache
 * in any node: a scope change applies from the staff member's next request on every node): an HTTP Basic request
 * read it while authenticating, a browser session's request reads it here.
 */
@Component
public class Callers {

  private final OrganisationService organisation;

  public Callers(OrganisationService organisation) {
    this.organisation = organisation;
  }

  public Caller current() {
    StaffAuthentication staff = Caller.currentStaff();
    List<String> codes = staff.regionCodes() != null ? staff.regionCodes() : organisation.scopeOf(staff.userId());
    return new Caller(staff.userId(), staff.groupIds(), RegionScope.of(codes));
  }
}
