package id.terpadu.kla;

import id.terpadu.organisation.Roles;
import java.util.regex.Pattern;

/**
 * The KLA groups: {@code kecamatan-<6-digit district>} (a district's staff, who fill in clusters 1–5) and
 * {@code kla-verifier-<regency>} (the regency's KLA verifiers, who open rounds, fill in the institutional
 * indicators and verify). Role groups {@link Roles#DISTRICT} and {@link Roles#KLA_VERIFIER} give Tasklist access.
 */
public final class KlaRoles {

  private static final Pattern DISTRICT = Pattern.compile("\\d{6}");
  private static final Pattern REGENCY = Pattern.compile("\\d{4}");
  static final String DISTRICT_PREFIX = Roles.DISTRICT + "-";

  private KlaRoles() {}

  public static String districtGroup(String districtCode) {
    if (districtCode == null || !DISTRICT.matcher(districtCode).matches()) {
      throw new IllegalArgumentException("A district code has 6 digits: " + districtCode);
    }
    return DISTRICT_PREFIX + districtCode;
  }

  public static String verifierGroup(String regencyCode) {
    if (regencyCode == null || !REGENCY.matcher(regencyCode).matches()) {
      throw new IllegalArgumentException("A regency code has 4 digits: " + regencyCode);
    }
    return Roles.KLA_VERIFIER + "-" + regencyCode;
  }

  /** The district of a group id {@code kecamatan-<code>}, or null. */
  static String districtOf(String groupId) {
    if (groupId == null || !groupId.startsWith(DISTRICT_PREFIX)) {
      return null;
    }
    String code = groupId.substring(DISTRICT_PREFIX.length());
    return DISTRICT.matcher(code).matches() ? code : null;
  }
}
