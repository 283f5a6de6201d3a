package id.terpadu.access;

import id.terpadu.security.StaffAuthentication;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff member a request runs for: user id, Camunda group ids (roles and unit groups) and region scope. */
public record Caller(String userId, List<String> groupIds, RegionScope scope) {

  public Caller {
    groupIds = List.copyOf(groupIds);
  }

  public boolean hasAnyRole(Collection<String> roles) {
    return groupIds.stream().anyMatch(roles::contains);
  }

  /** The authenticated staff member of this request (Spring Security), without their scope. */
  public static StaffAuthentication currentStaff() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof StaffAuthentication staff)) {
      throw new IllegalStateException("Access decisions need an authenticated staff member");
    }
    return staff;
  }
}
