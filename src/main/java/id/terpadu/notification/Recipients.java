package id.terpadu.notification;

import id.terpadu.process.Privileged;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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

  public Recipients(IdentityService identity, NotificationPreferences preferences) {
    this.identity = identity;
    this.preferences = preferences;
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

  /** Every member of the given groups, once. */
  public List<Recipient> groupMembers(Collection<String> groupIds) {
    Map<String, User> members = new LinkedHashMap<>();
    for (String group : groupIds.stream().distinct().toList()) {
      Privileged.asApplication(identity, () -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
          .list()).forEach(u -> members.putIfAbsent(u.getId(), u));
    }
    return reachable(members.values());
  }

  /** The user's address in the identity service, or null. */
  public String emailOf(String userId) {
    User user = Privileged.asApplication(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
  }

  private List<Recipient> reachable(Collection<User> users) {
    List<User> withAddress = users.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).toList();
    Set<String> off = preferences.emailDisabledAmong(withAddress.stream().map(User::getId).toList());
    return withAddress.stream().filter(u -> !off.contains(u.getId()))
        .map(u -> new Recipient(u.getId(), u.getEmail().trim())).toList();
  }
}
