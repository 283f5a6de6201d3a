package id.terpadu.intake;

import id.terpadu.access.Caller;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers complaints: validates and takes the case number (a short transaction of their own, committed at once),
 * then opens the case and starts the case process in one transaction (a failure stores nothing but may leave a gap
 * in the unit's numbers).
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
  private final TransactionTemplate transaction;
  /**
   * The validation (its region lookups) and the case number: a short transaction of its own, committed before the
   * case is opened, so that the unit's number counter is locked only from its update to this commit (ADR 0025). A
   * complaint that fails validation takes no number.
   */
  private final TransactionTemplate numberTransaction;

  public IntakeService(ComplaintValidator validator, CaseNumbers caseNumbers, ChildCaseRepository cases,
      PersonRepository persons, OrganisationService organisation, RuntimeService runtime, RegionDirectory regions,
      Clock clock, PlatformTransactionManager transactions) {
    this.validator = validator;
    this.caseNumbers = caseNumbers;
    this.cases = cases;
    this.persons = persons;
    this.organisation = organisation;
    this.runtime = runtime;
    this.regions = regions;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.numberTransaction = new TransactionTemplate(transactions);
    this.numberTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The case and its process, as the API answers them. */
  public record Registered(long caseId, String caseNumber, String processInstanceId) {}

  /** A complaint from the API: the case is opened, then its process started. */
  public Registered register(ComplaintInput input, String userId) {
    return register(input, userId, organisation.scopeOf(userId), null);
  }

  /**
   * A complaint from the API by the caller of this request, with the region scope the request read when it
   * authenticated the caller (not read a second time).
   */
  public Registered register(ComplaintInput input, Caller caller) {
    return register(input, caller.userId(), caller.scope().codes(), null);
  }

  /**
   * A complaint about a child already in the person registry (an outreach finding about a child linked there):
   * the case names that person instead of creating one from the complaint's child details. The caller's scope is
   * the one its request read.
   */
  public Registered registerForPerson(ComplaintInput input, Caller caller, long childPersonId) {
    return register(input, caller.userId(), caller.scope().codes(), childPersonId);
  }

  /**
   * A complaint that arrives without a staff member (the public community report page): the same rules, case
   * number and process as {@link #register}, recorded as registered by {@code registeredBy} (a system name); a
   * village anywhere may be reported, and the case goes to that village's unit for triage.
   */
  public Registered registerWithoutStaff(ComplaintInput input, String registeredBy) {
    List<String> everyProvince = regions.provinces().stream().map(Region::getCode).toList();
    return register(input, registeredBy, everyProvince, null);
  }

  private Registered register(ComplaintInput input, String registeredBy, List<String> scope, Long knownChildId) {
    Instant now = clock.instant();
    Numbered numbered = numberTransaction.execute(status -> {
      Complaint complaint = validator.validate(input, scope, LocalDate.ofInstant(now, UnitTimeZones.WIB));
      return new Numbered(complaint, caseNumbers.next(regencyOf(complaint), yearOf(complaint, now)));
    });
    return transaction.execute(status ->
        start(open(numbered.complaint(), numbered.caseNumber(), registeredBy, now, knownChildId), input));
  }

  /** A valid complaint and the case number taken for it. */
  private record Numbered(Complaint complaint, String caseNumber) {}

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
    Instant now = clock.instant();
    Complaint complaint = validator.validate(input, organisation.scopeOf(userId),
        LocalDate.ofInstant(now, UnitTimeZones.WIB));
    String caseNumber = caseNumbers.next(regencyOf(complaint), yearOf(complaint, now));
    ChildCase opened = open(complaint, caseNumber, userId, now, null);
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

  private static String regencyOf(Complaint complaint) {
    return complaint.regionCode().substring(0, 4);
  }

  /** The year of the case number: the year in the unit's time zone. */
  private static int yearOf(Complaint complaint, Instant now) {
    return LocalDate.ofInstant(now, UnitTimeZones.of(regencyOf(complaint))).getYear();
  }

  private ChildCase open(Complaint complaint, String caseNumber, String userId, Instant now, Long knownChildId) {
    Person child = knownChildId == null ? null : persons.findById(knownChildId).orElse(null);
    if (child == null && !complaint.child().isEmpty()) {
      Complaint.ChildDetails c = complaint.child();
      child = c.nik() == null ? null : persons.findByNik(c.nik()).orElse(null);
      if (child == null) {
        child = persons.save(new Person(c.name(), c.sex(), c.birthDate(), c.nik(), complaint.regionCode()));
      }
    }
    return cases.save(ChildCase.fromComplaint(caseNumber, complaint, child, userId, now));
  }
}
