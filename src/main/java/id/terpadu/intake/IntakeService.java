package id.terpadu.intake;

import id.terpadu.casefile.CaseNumbers;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.Complaint;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.person.Person;
import id.terpadu.person.PersonRepository;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers complaints: validates, opens the case with its number and starts the case process, all in
 * one transaction (a failure stores nothing).
 */
@Service
public class IntakeService {

  private final ComplaintValidator validator;
  private final CaseNumbers caseNumbers;
  private final ChildCaseRepository cases;
  private final PersonRepository persons;
  private final OrganisationService organisation;
  private final RuntimeService runtime;
  private final RegionDirectory regions;
  private final Clock clock;

  public IntakeService(ComplaintValidator validator, CaseNumbers caseNumbers, ChildCaseRepository cases,
      PersonRepository persons, OrganisationService organisation, RuntimeService runtime, RegionDirectory regions,
      Clock clock) {
    this.validator = validator;
    this.caseNumbers = caseNumbers;
    this.cases = cases;
    this.persons = persons;
    this.organisation = organisation;
    this.runtime = runtime;
    this.regions = regions;
    this.clock = clock;
  }

  /** The case and its process, as the API answers them. */
  public record Registered(long caseId, String caseNumber, String processInstanceId) {}

  /** A complaint from the API: the case is opened, then its process started. */
  @Transactional
  public Registered register(ComplaintInput input, String userId) {
    return start(open(input, userId, organisation.scopeOf(userId)), input);
  }

  /**
   * A complaint that arrives without a staff member (the public community report page): the same rules, case
   * number and process as {@link #register}, recorded as registered by {@code registeredBy} (a system name); a
   * village anywhere may be reported, and the case goes to that village's unit for triage.
   */
  @Transactional
  public Registered registerWithoutStaff(ComplaintInput input, String registeredBy) {
    List<String> everyProvince = regions.provinces().stream().map(Region::getCode).toList();
    return start(open(input, registeredBy, everyProvince), input);
  }

  private Registered start(ChildCase opened, ComplaintInput input) {
    Map<String, Object> variables = routingVariables(opened);
    variables.put(CaseVariables.CHILD_IN_DANGER, Boolean.TRUE.equals(input.childInDanger()));
    variables.put(CaseVariables.DESCRIPTION, opened.getDescription());
    ProcessInstance instance = runtime.createProcessInstanceByKey(CaseVariables.PROCESS_KEY)
        .businessKey(opened.getCaseNumber())
        .setVariables(variables)
        .execute();
    opened.attachProcess(instance.getId());
    return new Registered(opened.getId(), opened.getCaseNumber(), instance.getId());
  }

  /**
   * A complaint from the Tasklist start form: the process already runs; the case is opened for it
   * and the process gets the case's routing facts.
   */
  @Transactional
  public ChildCase openForProcess(ComplaintInput input, String userId, String processInstanceId) {
    ChildCase opened = open(input, userId, organisation.scopeOf(userId));
    opened.attachProcess(processInstanceId);
    return opened;
  }

  public static Map<String, Object> routingVariables(ChildCase c) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_ID, c.getId());
    variables.put(CaseVariables.CASE_NUMBER, c.getCaseNumber());
    variables.put(CaseVariables.REGENCY, c.getRegencyCode());
    variables.put(CaseVariables.CHANNEL, c.getChannel().name());
    variables.put(CaseVariables.PRIMARY_CATEGORY, c.getPrimaryCategory());
    return variables;
  }

  private ChildCase open(ComplaintInput input, String userId, List<String> scope) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, UnitTimeZones.WIB);
    Complaint complaint = validator.validate(input, scope, today);
    String regency = complaint.regionCode().substring(0, 4);
    int year = LocalDate.ofInstant(now, UnitTimeZones.of(regency)).getYear();
    Person child = null;
    if (!complaint.child().isEmpty()) {
      Complaint.ChildDetails c = complaint.child();
      child = c.nik() == null ? null : persons.findByNik(c.nik()).orElse(null);
      if (child == null) {
        child = persons.save(new Person(c.name(), c.sex(), c.birthDate(), c.nik(), complaint.regionCode()));
      }
    }
    String caseNumber = caseNumbers.next(regency, year);
    return cases.save(ChildCase.fromComplaint(caseNumber, complaint, child, userId, now));
  }
}
