package id.terpadu.referral;

import static id.terpadu.referral.ReferralVariables.*;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.organisation.StaffNames;
import id.terpadu.person.Person;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Starts a referral instance with its summary and nothing more: case number, the child's first name and
 * age, the service requested, the target date and the contact caseworker — what the partner agency needs.
 */
@Component("referralSummary")
public class ReferralSummary implements ExecutionListener {

  private final ReferralRepository referrals;
  private final ChildCaseRepository cases;
  private final ServiceTypes serviceTypes;
  private final IdentityService identity;
  private final Clock clock;

  public ReferralSummary(ReferralRepository referrals, ChildCaseRepository cases, ServiceTypes serviceTypes,
      IdentityService identity, Clock clock) {
    this.referrals = referrals;
    this.cases = cases;
    this.serviceTypes = serviceTypes;
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long referralId = ((Number) execution.getVariable(REFERRAL_ID)).longValue();
    Referral referral = referrals.findById(referralId)
        .orElseThrow(() -> new IllegalStateException("Referral " + referralId + " not found"));
    ChildCase theCase = cases.findById(referral.getCaseId()).orElseThrow();
    referral.attachProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(theCase.getCaseNumber());
    execution.setVariables(summary(referral, theCase));
  }

  Map<String, Object> summary(Referral referral, ChildCase theCase) {
    Map<String, Object> v = new HashMap<>();
    v.put(CASE_NUMBER, theCase.getCaseNumber());
    Person child = theCase.getChild();
    v.put(CHILD_FIRST_NAME, child == null || child.getFirstName() == null ? "(belum diketahui)" : child.getFirstName());
    LocalDate today = LocalDate.ofInstant(clock.instant(), UnitTimeZones.of(theCase.getRegencyCode()));
    v.put(CHILD_AGE, child == null || child.getBirthDate() == null ? null
        : Period.between(child.getBirthDate(), today).getYears());
    v.put(SERVICE_TYPE, referral.getServiceType());
    v.put(SERVICE_LABEL, serviceTypes.find(referral.getServiceType()).map(ServiceTypes.ServiceType::label)
        .orElse(referral.getServiceType()));
    v.put(AGENCY_CODE, referral.getAgencyCode());
    v.put(TARGET_DATE, FormValues.INDONESIAN_DATE.format(referral.getTargetDate()));
    v.putAll(contact(theCase.getCaseworkerId()));
    return v;
  }

  /** The contact caseworker variables of a referral instance (null values when the case has no caseworker). */
  Map<String, Object> contact(String caseworker) {
    Map<String, Object> v = new HashMap<>();
    v.put(CONTACT_CASEWORKER, caseworker);
    User user = caseworker == null ? null
        : Privileged.run(() -> identity.createUserQuery().userId(caseworker).singleResult());
    v.put(CONTACT_NAME, user == null ? caseworker : StaffNames.fullName(user));
    v.put(CONTACT_EMAIL, user == null ? null : user.getEmail());
    return v;
  }
}
