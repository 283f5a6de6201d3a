package id.terpadu.lksa;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The institution staff groups: {@code lksa-<institution code>} (who record attendance and see their own
 * institution's residents), and the role group {@value #ROLE} that gives them the Camunda webapps' login.
 */
public final class LksaRoles {

  /** The role group of every institution's staff. */
  public static final String ROLE = "lksa";
  /** The Camunda group type of an institution's staff group. */
  public static final String GROUP_TYPE = "LKSA";
  static final String PREFIX = ROLE + "-";
  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  private LksaRoles() {}

  public static String staffGroup(String institutionCode) {
    if (!isValidCode(institutionCode)) {
      throw new IllegalArgumentException("An institution code is 2-40 lower-case letters, digits and '-': "
          + institutionCode);
    }
    return PREFIX + institutionCode;
  }

  static boolean isValidCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** The institution codes of the caller's {@code lksa-<code>} groups. */
  static List<String> institutionCodes(Collection<String> groupIds) {
    return groupIds.stream().filter(Objects::nonNull).filter(g -> g.startsWith(PREFIX))
        .map(g -> g.substring(PREFIX.length())).filter(LksaRoles::isValidCode).toList();
  }
}
