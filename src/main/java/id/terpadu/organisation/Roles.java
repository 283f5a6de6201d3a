package id.terpadu.organisation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Role groups carry application permissions; unit groups ({@code <role>-<regency>}) and agency groups
 * ({@code agency-<code>}) are what tasks are assigned to.
 */
public final class Roles {
  public static final String ADMIN = "camunda-admin";
  public static final String INTAKE = "intake";
  public static final String CASEWORKER = "caseworker";
  public static final String SUPERVISOR = "supervisor";
  public static final String HEAD = "head";
  public static final String PROVINCE = "province";
  public static final String AGENCY = "agency";
  /** District (kecamatan) staff who fill in KLA indicators; their tasks go to {@code kecamatan-<district>}. */
  public static final String DISTRICT = "kecamatan";
  /** The regency's KLA verifiers; their tasks go to {@code kla-verifier-<regency>}. */
  public static final String KLA_VERIFIER = "kla-verifier";

  /** Every role of staff who work in Tasklist (everyone but the pure administrator). */
  public static final List<String> STAFF_ROLES = List.of(INTAKE, CASEWORKER, SUPERVISOR, HEAD, PROVINCE, AGENCY,
      DISTRICT, KLA_VERIFIER);

  /** Roles that exist once per unit, as {@code <role>-<regency>} groups. */
  public static final List<String> UNIT_ROLES = List.of(INTAKE, CASEWORKER, SUPERVISOR, HEAD);

  /** Roles that may open Cockpit. */
  public static final List<String> COCKPIT_ROLES = List.of(SUPERVISOR, HEAD);

  public static final String GROUP_TYPE_ROLE = "ROLE";
  public static final String GROUP_TYPE_UNIT = "UNIT";
  public static final String GROUP_TYPE_AGENCY = "AGENCY";
  public static final String GROUP_TYPE_SYSTEM = "SYSTEM";

  private static final Pattern REGENCY = Pattern.compile("\\d{4}");
  private static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

  private Roles() {}

  /** The group of one role in one unit, e.g. {@code supervisor-3504}. */
  public static String unitGroup(String role, String regencyCode) {
    if (!UNIT_ROLES.contains(role)) {
      throw new IllegalArgumentException("Not a unit role: " + role);
    }
    if (regencyCode == null || !REGENCY.matcher(regencyCode).matches()) {
      throw new IllegalArgumentException("A regency code has 4 digits: " + regencyCode);
    }
    return role + "-" + regencyCode;
  }

  /** The group of a partner agency, e.g. {@code agency-rsud}. */
  public static String agencyGroup(String agencyCode) {
    if (agencyCode == null || !AGENCY_CODE.matcher(agencyCode).matches()) {
      throw new IllegalArgumentException("An agency code is lower-case letters, digits and '-': " + agencyCode);
    }
    return AGENCY + "-" + agencyCode;
  }

  /** Display names of role groups, as Admin shows them. */
  public static String roleName(String role) {
    return switch (role) {
      case ADMIN -> "Administrator";
      case INTAKE -> "Petugas Pengaduan";
      case CASEWORKER -> "Pekerja Sosial";
      case SUPERVISOR -> "Supervisor";
      case HEAD -> "Kepala Unit";
      case PROVINCE -> "Petugas Provinsi";
      case AGENCY -> "Mitra Layanan";
      case DISTRICT -> "Petugas Kecamatan (KLA)";
      case KLA_VERIFIER -> "Verifikator KLA";
      default -> role;
    };
  }
}
