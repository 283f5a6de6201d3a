package id.terpadu.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated staff member: user id and Camunda group ids (as authorities {@code GROUP_<id>}),
 * and how they authenticated (HTTP Basic or the Camunda webapps' browser session).
 */
public final class StaffAuthentication extends AbstractAuthenticationToken {

  public static final String GROUP_PREFIX = "GROUP_";

  /** How the caller authenticated; browser sessions need a CSRF token for state changes. */
  public enum Source { BASIC, SESSION }

  private final String userId;
  private final List<String> groupIds;
  private final Source source;

  private StaffAuthentication(String userId, List<String> groupIds, Source source,
      Collection<? extends GrantedAuthority> authorities) {
    super(authorities);
    this.userId = userId;
    this.groupIds = List.copyOf(groupIds);
    this.source = source;
    setAuthenticated(true);
  }

  public static StaffAuthentication of(String userId, List<String> groupIds, Source source) {
    List<SimpleGrantedAuthority> authorities =
        groupIds.stream().map(g -> new SimpleGrantedAuthority(GROUP_PREFIX + g)).toList();
    return new StaffAuthentication(userId, groupIds, source, authorities);
  }

  public static String group(String groupId) {
    return GROUP_PREFIX + groupId;
  }

  public String userId() {
    return userId;
  }

  public List<String> groupIds() {
    return groupIds;
  }

  public Source source() {
    return source;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return userId;
  }

  @Override
  public String getName() {
    return userId;
  }
}
