package id.terpadu.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated staff member: user id and Camunda group ids (as authorities {@code GROUP_<id>}),
 * and how they authenticated (HTTP Basic or the Camunda webapps' browser session). An HTTP Basic authentication
 * also carries the staff member's region codes, read in the same transaction as the password and the groups (on
 * every request: the API keeps no session), so that the request does not read them again.
 */
public final class StaffAuthentication extends AbstractAuthenticationToken {

  public static final String GROUP_PREFIX = "GROUP_";

  /** How the caller authenticated; browser sessions need a CSRF token for state changes. */
  public enum Source { BASIC, SESSION }

  private final String userId;
  private final List<String> groupIds;
  private final Source source;
  private final List<String> regionCodes;

  private StaffAuthentication(String userId, List<String> groupIds, Source source, List<String> regionCodes,
      Collection<? extends GrantedAuthority> authorities) {
    super(authorities);
    this.userId = userId;
    this.groupIds = List.copyOf(groupIds);
    this.source = source;
    this.regionCodes = regionCodes == null ? null : List.copyOf(regionCodes);
    setAuthenticated(true);
  }

  /** A staff member whose region codes are not read yet (the caller layer reads them when needed). */
  public static StaffAuthentication of(String userId, List<String> groupIds, Source source) {
    return of(userId, groupIds, source, null);
  }

  /** A staff member with the region codes read while authenticating this request (null: not read). */
  public static StaffAuthentication of(String userId, List<String> groupIds, Source source, List<String> regionCodes) {
    List<SimpleGrantedAuthority> authorities =
        groupIds.stream().map(g -> new SimpleGrantedAuthority(GROUP_PREFIX + g)).toList();
    return new StaffAuthentication(userId, groupIds, source, regionCodes, authorities);
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

  /** The region codes read while authenticating this request; null when they were not read then. */
  public List<String> regionCodes() {
    return regionCodes;
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
