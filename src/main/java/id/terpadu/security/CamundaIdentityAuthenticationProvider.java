package id.terpadu.security;

import id.terpadu.organisation.OrganisationService;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks HTTP Basic credentials against Camunda's identity service (the one user directory), on every call (no
 * credential cache: a changed password or membership applies at once, on every node). The password check, the
 * group lookup and the staff member's region scope share one transaction, so one connection and one commit serve
 * them all; the scope travels with the authentication of this request ({@link StaffAuthentication#regionCodes()}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final OrganisationService organisation;
  private final JdbcTemplate jdbc;

  public CamundaIdentityAuthenticationProvider(IdentityService identity, PlatformTransactionManager transactions,
      OrganisationService organisation, JdbcTemplate jdbc) {
    this.identity = identity;
    this.organisation = organisation;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    // A wrong password updates the account's failed-attempt count (login throttling): not a read-only transaction.
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    StaffAuthentication staff = transaction.execute(status ->
        identity.checkPassword(userId, credentials.toString())
            ? StaffAuthentication.of(userId, groupsOf(userId), StaffAuthentication.Source.BASIC,
                organisation.scopeOf(userId))
            : null);
    if (staff == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    return staff;
  }

  /**
   * The user's groups, straight from the engine's membership table in the password check's transaction: one
   * statement, where the engine's group query builds its dynamic SQL on every request (9 % of a NIK lookup's CPU).
   * Nobody is authenticated to the engine yet at this point, so the group query would not filter either.
   */
  List<String> groupsOf(String userId) {
    return jdbc.queryForList("SELECT GROUP_ID_ FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = ? ORDER BY GROUP_ID_",
        String.class, userId);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
