package id.terpadu.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo organisation: two units (Tulungagung 3504 and Trenggalek 3503), a province officer and
 * four partner agencies serving both. Every demo password is {@code demo}; this class exists only
 * in the {@code demo} profile.
 */
@Component
@Profile("demo")
public class DemoOrganisation {

  public static final String DEMO_PASSWORD = "demo";
  public static final String TULUNGAGUNG = "3504";
  public static final String TRENGGALEK = "3503";
  /** The demo partner agencies, code → name; each has a group {@code agency-<code>} and one user. */
  public static final Map<String, String> AGENCIES = Map.of(
      "rsud", "RSUD dr. Iskak Tulungagung",
      "dukcapil", "Dinas Kependudukan dan Pencatatan Sipil",
      "lbh", "Lembaga Bantuan Hukum",
      "dinsos", "Dinas Sosial");

  private final OrganisationService organisation;

  public DemoOrganisation(OrganisationService organisation) {
    this.organisation = organisation;
  }

  public void create() {
    organisation.ensureUnit(TULUNGAGUNG, "Kabupaten Tulungagung");
    organisation.ensureUnit(TRENGGALEK, "Kabupaten Trenggalek");
    AGENCIES.forEach(organisation::ensureAgency);
    // KLA: two districts of Tulungagung fill in indicators, the regency's verifier checks them.
    organisation.ensureGroup(Roles.DISTRICT + "-350401", "Kecamatan Tulungagung", Roles.GROUP_TYPE_UNIT);
    organisation.ensureGroup(Roles.DISTRICT + "-350402", "Kecamatan Boyolangu", Roles.GROUP_TYPE_UNIT);
    organisation.ensureGroup(Roles.KLA_VERIFIER + "-" + TULUNGAGUNG, "Verifikator KLA Kabupaten Tulungagung",
        Roles.GROUP_TYPE_UNIT);
    for (StaffAccount account : accounts()) {
      organisation.ensureStaff(account, DEMO_PASSWORD);
    }
  }

  static List<StaffAccount> accounts() {
    List<StaffAccount> accounts = new ArrayList<>();
    accounts.add(staff("admin", "Admin", "Terpadu", List.of(Roles.ADMIN), List.of()));
    accounts.add(unitStaff("petugas", "Rina", "Petugas", Roles.INTAKE, TULUNGAGUNG));
    accounts.add(unitStaff("peksos1", "Sri", "Wahyuni", Roles.CASEWORKER, TULUNGAGUNG));
    accounts.add(unitStaff("peksos2", "Agus", "Santoso", Roles.CASEWORKER, TULUNGAGUNG));
    accounts.add(unitStaff("pengawas", "Bambang", "Priyono", Roles.SUPERVISOR, TULUNGAGUNG));
    accounts.add(unitStaff("kepala", "Endang", "Susilowati", Roles.HEAD, TULUNGAGUNG));
    accounts.add(unitStaff("petugas2", "Dewi", "Lestari", Roles.INTAKE, TRENGGALEK));
    accounts.add(unitStaff("peksos3", "Hadi", "Purnomo", Roles.CASEWORKER, TRENGGALEK));
    accounts.add(unitStaff("pengawas2", "Yuli", "Astuti", Roles.SUPERVISOR, TRENGGALEK));
    accounts.add(staff("kec1", "Siti", "Aminah", List.of(Roles.DISTRICT, Roles.DISTRICT + "-350401"),
        List.of("350401")));
    accounts.add(staff("kec2", "Budi", "Hartono", List.of(Roles.DISTRICT, Roles.DISTRICT + "-350402"),
        List.of("350402")));
    accounts.add(staff("verifikator", "Ratna", "Kusuma",
        List.of(Roles.KLA_VERIFIER, Roles.KLA_VERIFIER + "-" + TULUNGAGUNG), List.of(TULUNGAGUNG)));
    accounts.add(staff("provinsi", "Joko", "Prasetyo", List.of(Roles.PROVINCE), List.of("35")));
    for (String agency : new TreeSet<>(AGENCIES.keySet())) {
      accounts.add(staff(agency, "Petugas", agency.toUpperCase(),
          List.of(Roles.AGENCY, Roles.agencyGroup(agency)), List.of(TULUNGAGUNG, TRENGGALEK)));
    }
    return accounts;
  }

  private static StaffAccount unitStaff(String id, String first, String last, String role, String regency) {
    return staff(id, first, last, List.of(role, Roles.unitGroup(role, regency)), List.of(regency));
  }

  private static StaffAccount staff(String id, String first, String last, List<String> groups,
      List<String> scope) {
    return new StaffAccount(id, first, last, id + "@demo.terpadu.invalid", groups, scope);
  }
}
