package id.terpadu.outreach;

import id.terpadu.person.Person;
import id.terpadu.person.PersonAccess;
import id.terpadu.person.PersonServicesSource;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The person page's outreach visits: each visit of the reader's region scope where the person was met (a child
 * met linked to this registry record), with whether a finding needed action. The findings themselves are read on
 * the visit.
 */
@Component
class PersonOutreachVisits implements PersonServicesSource {

  private final OutreachVisitRepository visits;
  private final RegionDirectory regions;

  PersonOutreachVisits(OutreachVisitRepository visits, RegionDirectory regions) {
    this.visits = visits;
    this.regions = regions;
  }

  @Override
  public List<ServiceReceived> servicesOf(Person person, PersonAccess.Reader reader) {
    return visits.findByChildPerson(person.getId()).stream()
        .filter(v -> reader.caller().scope().contains(v))
        .map(v -> entry(v, person))
        .toList();
  }

  private ServiceReceived entry(OutreachVisit visit, Person person) {
    boolean actionNeeded = visit.getChildren().stream()
        .anyMatch(c -> Objects.equals(c.getPersonId(), person.getId()) && c.isActionNeeded());
    String village = regions.find(visit.getVillageCode()).map(Region::getName).orElse(visit.getVillageCode());
    return new ServiceReceived("OUTREACH", visit.getId(), null, "Penjangkauan: ditemui di desa/kelurahan " + village,
        visit.getVisitDate(), actionNeeded ? "Temuan perlu tindak lanjut" : "Ditemui");
  }
}
