package id.terpadu.referral;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.casefile.CasesOfPerson;
import id.terpadu.casefile.ChildCase;
import id.terpadu.person.Person;
import id.terpadu.person.PersonAccess;
import id.terpadu.person.PersonServicesSource;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The person page's referrals: each referral of a case the person is the child of and the caller may read. */
@Component
class PersonReferrals implements PersonServicesSource {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final CasesOfPerson cases;
  private final ReferralRepository referrals;
  private final ServiceTypes serviceTypes;

  PersonReferrals(CasesOfPerson cases, ReferralRepository referrals, ServiceTypes serviceTypes) {
    this.cases = cases;
    this.referrals = referrals;
    this.serviceTypes = serviceTypes;
  }

  @Override
  public List<ServiceReceived> servicesOf(Person person, PersonAccess.Reader reader) {
    return cases.readableBy(reader.caller(), person).stream()
        .flatMap(c -> referrals.findByCaseIdOrderById(c.getId()).stream().map(r -> entry(c, r)))
        .toList();
  }

  private ServiceReceived entry(ChildCase theCase, Referral r) {
    String service = serviceTypes.find(r.getServiceType()).map(ServiceTypes.ServiceType::label)
        .orElse(r.getServiceType());
    return new ServiceReceived("REFERRAL", r.getId(), theCase.getCaseNumber(),
        "Rujukan: " + service + " (" + r.getAgencyCode() + ")", sentOn(r), r.getStatus().stateLabel());
  }

  private static java.time.LocalDate sentOn(Referral r) {
    return r.getHistory().isEmpty() ? null : r.getHistory().get(0).getAt().atZone(WIB).toLocalDate();
  }
}
