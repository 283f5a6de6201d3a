package id.terpadu.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
 * credential cache: a changed password or membership applies at once, on every node). The password check and the
 * group lookup share one transaction, so one connection and one commit serve both engine calls.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final TransactionTemplate transaction;

  public CamundaIdentityAuthenticationProvider(IdentityService identity, PlatformTransactionManager transactions) {
    this.identity = identity;
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
    List<String> groups = transaction.execute(status ->
        identity.checkPassword(userId, credentials.toString()) ? groupsOf(userId) : null);
    if (groups == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    return StaffAuthentication.of(userId, groups, StaffAuthentication.Source.BASIC);
  }

  List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
