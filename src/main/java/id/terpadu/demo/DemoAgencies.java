package id.terpadu.demo;

import id.terpadu.agency.AgencyDirectory;
import id.terpadu.agency.AgencyInput;
import id.terpadu.organisation.DemoOrganisation;
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
 * The four demo partner agencies in the agency directory, serving Tulungagung (3504) and Trenggalek (3503)
 * with the services that reference/service-types.csv says such an office typically gives. Their Camunda
 * groups and users come from the demo organisation; agencies that exist are left as they are.
 */
@Component
@Profile("demo")
@Order(50)
public class DemoAgencies implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAgencies.class);
  private static final List<String> REGENCIES = List.of(DemoOrganisation.TULUNGAGUNG, DemoOrganisation.TRENGGALEK);

  private final AgencyDirectory directory;

  public DemoAgencies(AgencyDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (AgencyInput agency : agencies()) {
      if (directory.find(agency.code()).isEmpty()) {
        try {
          directory.create(agency);
          created++;
        } catch (ApiException e) {
          if (!AgencyDirectory.AGENCY_EXISTS.equals(e.code())) {
            throw e;
          }
          // another node starting on the same database registered it meanwhile
        }
      }
    }
    if (created > 0) {
      LOG.info("Demo profile: registered {} partner agencies", created);
    }
  }

  static List<AgencyInput> agencies() {
    return List.of(
        agency("rsud", "MEDICAL_CARE", "MEDICAL_EXAM", "PSYCHOLOGICAL", "REHABILITATION"),
        agency("dukcapil", "BIRTH_CERTIFICATE", "FAMILY_CARD"),
        agency("lbh", "LEGAL_AID"),
        agency("dinsos", "SAFE_HOUSE", "ALTERNATIVE_CARE", "DIVERSION", "HEALTH_INSURANCE", "SOCIAL_ASSISTANCE",
            "ECONOMIC"));
  }

  private static AgencyInput agency(String code, String... serviceTypes) {
    return new AgencyInput(code, DemoOrganisation.AGENCIES.get(code), code + "@demo.terpadu.invalid", null,
        REGENCIES, List.of(serviceTypes), true);
  }
}
