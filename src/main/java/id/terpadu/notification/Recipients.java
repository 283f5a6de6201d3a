package id.terpadu.notification;

import id.terpadu.process.Privileged;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail addresses of staff, from Camunda's identity service: users with an address who have not
 * switched e-mail off. The application looks them up, not the user whose action caused the mail.
 */
@Component
public class Recipients {

  /** A staff member who receives a notification. */
  public record Recipient(String userId, String email) {}

  private final IdentityService identity;
  private final NotificationPreferences preferences;
  private final JdbcTemplate jdbc;

  public Recipients(IdentityService identity, NotificationPreferences preferences, JdbcTemplate jdbc) {
    this.identity = identity;
    this.preferences = preferences;
    this.jdbc = jdbc;
  }

  /** The given users that can be reached, each once. */
  public List<Recipient> users(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<User> users = Privileged.asApplication(identity,
        () -> identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list());
    return reachable(users);
  }

  /**
   * Every member of the given groups, once, group by group in the order given and by user id within a group.
   * Asked at every task created: one statement on the engine's identity tables (Camunda's database identity
   * service is the one user directory, as at login), not a user query per group.
   */
  public List<Recipient> groupMembers(Collection<String> groupIds) {
    List<String> groups = groupIds.stream().filter(Objects::nonNull).distinct().toList();
    if (groups.isEmpty()) {
      return List.of();
    }
    record Member(int group, String userId, String email) {}
    List<Member> rows = jdbc.query("SELECT M.GROUP_ID_, U.ID_, U.EMAIL_ FROM ACT_ID_MEMBERSHIP M"
            + " JOIN ACT_ID_USER U ON U.ID_ = M.USER_ID_ WHERE M.GROUP_ID_ IN ("
            + String.join(",", Collections.nCopies(groups.size(), "?")) + ")",
        (row, i) -> new Member(groups.indexOf(row.getString(1)), row.getString(2), row.getString(3)),
        groups.toArray());
    Map<String, String> members = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparingInt(Member::group).thenComparing(Member::userId))
        .forEach(m -> members.putIfAbsent(m.userId(), m.email()));
    return reachable(members);
  }

  /** The user's address in the identity service, or null. */
  public String emailOf(String userId) {
    User user = Privileged.asApplication(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
  }

  private List<Recipient> reachable(Collection<User> users) {
    Map<String, String> addresses = new LinkedHashMap<>();
    users.forEach(u -> addresses.putIfAbsent(u.getId(), u.getEmail()));
    return reachable(addresses);
  }

  /** The users (id to address, in order) that have an address and have not switched e-mail off. */
  private List<Recipient> reachable(Map<String, String> addresses) {
    List<String> withAddress = addresses.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank()).map(Map.Entry::getKey).toList();
    Set<String> off = preferences.emailDisabledAmong(withAddress);
    return withAddress.stream().filter(id -> !off.contains(id))
        .map(id -> new Recipient(id, addresses.get(id).trim())).toList();
  }
}
