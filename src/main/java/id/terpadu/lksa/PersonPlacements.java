package id.terpadu.lksa;

import id.terpadu.access.Caller;
import id.terpadu.casefile.CasesOfPerson;
import id.terpadu.casefile.ChildCase;
import id.terpadu.person.Person;
import id.terpadu.person.PersonAccess;
import id.terpadu.person.PersonServicesSource;
import id.terpadu.process.FormValues;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The person page's stays in child welfare institutions. A reader sees a stay when they may read the residents of
 * its institution ({@link LksaAccess}: its own staff, the supervisors and head of its region), or when the stay
 * names a case of the child they may read (the caseworker of that case sees the placement there).
 */
@Component
class PersonPlacements implements PersonServicesSource {

  private final ResidenceRepository residences;
  private final InstitutionRepository institutions;
  private final CasesOfPerson cases;

  PersonPlacements(ResidenceRepository residences, InstitutionRepository institutions, CasesOfPerson cases) {
    this.residences = residences;
    this.institutions = institutions;
    this.cases = cases;
  }

  @Override
  public List<ServiceReceived> servicesOf(Person person, PersonAccess.Reader reader) {
    List<Residence> stays = residences.findByPersonIdOrderByAdmittedOnDescIdDesc(person.getId());
    if (stays.isEmpty()) {
      return List.of();
    }
    Caller caller = reader.caller();
    Map<Long, Institution> byId = institutions.ofStays(stays);
    Map<Long, String> readableCases = cases.readableBy(caller, person).stream()
        .collect(Collectors.toMap(ChildCase::getId, ChildCase::getCaseNumber));
    return stays.stream()
        .filter(s -> mayRead(caller, byId.get(s.getInstitutionId()))
            || (s.getCaseId() != null && readableCases.containsKey(s.getCaseId())))
        .map(s -> entry(s, byId.get(s.getInstitutionId()), readableCases))
        .toList();
  }

  private static boolean mayRead(Caller caller, Institution institution) {
    return LksaAccess.isStaffOf(caller, institution) || LksaAccess.managesInScope(caller, institution);
  }

  private static ServiceReceived entry(Residence stay, Institution institution, Map<Long, String> readableCases) {
    String reference = stay.getCaseId() == null ? null : readableCases.get(stay.getCaseId());
    String state = stay.isOpen() ? "Tinggal di lembaga" : "Keluar " + FormValues.INDONESIAN_DATE.format(
        stay.getDischargedOn()) + " (" + stay.getDischargeDestination().label() + ")";
    return new ServiceReceived("PLACEMENT", stay.getId(), reference,
        "Penempatan LKSA: " + institution.getName() + " (" + institution.getType().label() + ")",
        stay.getAdmittedOn(), state);
  }
}
