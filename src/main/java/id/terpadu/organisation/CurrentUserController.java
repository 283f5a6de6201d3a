package id.terpadu.organisation;

import id.terpadu.security.StaffAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the caller's groups and region scope, for pages and scripts. */
@RestController
@RequestMapping("/api/me")
public class CurrentUserController {

  private final OrganisationService organisation;

  public CurrentUserController(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @Operation(summary = "The authenticated staff member, their groups and region scope")
  @GetMapping
  public Me me(@AuthenticationPrincipal String userId) {
    return new Me(userId, organisation.groupsOf(userId), organisation.scopeOf(userId));
  }

  /** The caller as the API reports them. */
  public record Me(String userId, List<String> groups, List<String> scope) {}
}
