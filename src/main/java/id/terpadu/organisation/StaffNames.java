package id.terpadu.organisation;

import org.camunda.bpm.engine.identity.User;

/** How staff members are named to users: first and last name as the identity service holds them. */
public final class StaffNames {

  private StaffNames() {}

  /** First and last name, trimmed; empty when neither is set. */
  public static String fullName(User user) {
    return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
  }

  /** The full name, or the user id when no name is set. */
  public static String displayName(User user) {
    String name = fullName(user);
    return name.isEmpty() ? user.getId() : name;
  }
}
