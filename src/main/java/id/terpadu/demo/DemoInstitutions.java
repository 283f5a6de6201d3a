package id.terpadu.demo;

import id.terpadu.lksa.InstitutionInput;
import id.terpadu.lksa.InstitutionRepository;
import id.terpadu.lksa.Institutions;
import id.terpadu.lksa.LksaProblems;
import id.terpadu.lksa.LksaRoles;
import id.terpadu.organisation.DemoOrganisation;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.StaffAccount;
import id.terpadu.web.ApiException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo child welfare institution in Tulungagung (3504), {@value #CODE}, with its staff group
 * {@code lksa-budi-mulia} and the demo user {@code lksa1} (password {@code demo}), who records attendance on the
 * phone page {@code /lksa}. Left as it is when it exists.
 */
@Component
@Profile("demo")
@Order(60)
public class DemoInstitutions implements ApplicationRunner {

  public static final String CODE = "budi-mulia";
  public static final String STAFF_USER = "lksa1";

  private static final Logger LOG = LoggerFactory.getLogger(DemoInstitutions.class);

  private final Institutions institutions;
  private final InstitutionRepository repository;
  private final OrganisationService organisation;

  public DemoInstitutions(Institutions institutions, InstitutionRepository repository,
      OrganisationService organisation) {
    this.institutions = institutions;
    this.repository = repository;
    this.organisation = organisation;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repository.findByCode(CODE).isEmpty()) {
      try {
        institutions.register(institution(), "system");
        LOG.info("Demo profile: registered the institution {}", CODE);
      } catch (ApiException e) {
        if (!LksaProblems.INSTITUTION_EXISTS.equals(e.code())) {
          throw e;
        }
        // another node starting on the same database registered it meanwhile
      }
    }
    organisation.ensureStaff(new StaffAccount(STAFF_USER, "Wahyu", "Pengasuh", STAFF_USER + "@demo.terpadu.invalid",
        List.of(LksaRoles.staffGroup(CODE)), List.of()), DemoOrganisation.DEMO_PASSWORD);
  }

  static InstitutionInput institution() {
    return new InstitutionInput(CODE, "LKSA Budi Mulia Tulungagung", "PANTI_ASUHAN",
        "Jl. Demo No. 1, Kedungsoko, Tulungagung", DemoOrganisation.TULUNGAGUNG, "350401", "3504011001",
        -8.0655, 111.9025, 30, "B", "Wahyu Pengasuh", "0355 000000", "budi-mulia@demo.terpadu.invalid");
  }
}
