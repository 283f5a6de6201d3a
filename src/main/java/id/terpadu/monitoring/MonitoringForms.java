package id.terpadu.monitoring;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.process.FormValues;
import id.terpadu.referral.AgencyOptions;
import id.terpadu.referral.Referral;
import id.terpadu.referral.ReferralChanges;
import id.terpadu.region.UnitTimeZones;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Prepares the monitoring form when its task is created: where the referrals stand and the last contact
 * (to read), the open referrals (to cancel), the partner agencies (for added services) and whether the case
 * is on the case-conference agenda.
 */
@Component("monitoringForms")
public class MonitoringForms implements TaskListener {

  public static final String SUMMARY = "monitoringSummary";
  public static final String OPEN_REFERRALS = "openReferralOptions";
  public static final String CONFERENCE = "caseConference";

  private final ReferralChanges referrals;
  private final AgencyOptions agencies;
  private final MonitoringContactRepository contacts;
  private final ChildCaseRepository cases;

  public MonitoringForms(ReferralChanges referrals, AgencyOptions agencies, MonitoringContactRepository contacts,
      ChildCaseRepository cases) {
    this.referrals = referrals;
    this.agencies = agencies;
    this.contacts = contacts;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    agencies.offer(task, null);
    offerReferrals(task, caseId);
    cases.findById(caseId).ifPresent(c -> task.setVariable(CONFERENCE, c.isConferenceAgenda()));
  }

  /**
   * A referral ended while the monitoring task is open ({@code ${monitoringForms.refresh(execution)}} on the
   * referral call activities): the form's referral summary and cancel options follow.
   */
  public void refresh(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    if (!execution.hasVariable(OPEN_REFERRALS)) {
      return; // no monitoring form open
    }
    offerReferrals(execution, (Long) execution.getVariable(CaseVariables.CASE_ID));
  }

  /** The open referrals as cancel options and, with the last contact, as the summary to read. */
  private void offerReferrals(VariableScope scope, long caseId) {
    List<Referral> open = referrals.openReferrals(caseId);
    ZoneId zone = UnitTimeZones.of((String) scope.getVariable(CaseVariables.REGENCY));
    FormValues.offerOptions(scope, OPEN_REFERRALS, referrals.options(open));
    scope.setVariable(SUMMARY, summary(open, contacts.findByCaseIdOrderByRecordedAt(caseId), zone));
  }

  String summary(List<Referral> open, List<MonitoringContact> earlier, ZoneId zone) {
    String referralText = open.isEmpty() ? "Tidak ada rujukan yang masih berjalan."
        : "Rujukan yang masih berjalan:\n" + open.stream().map(r -> "- " + referrals.describe(r))
            .collect(Collectors.joining("\n"));
    if (earlier.isEmpty()) {
      return referralText + "\n\nBelum ada kontak monev.";
    }
    MonitoringContact last = earlier.get(earlier.size() - 1);
    return referralText + "\n\nKontak monev sebelumnya: " + earlier.size() + "; terakhir "
        + last.getContactType().label() + " pada " + FormValues.INDONESIAN_DATE.format(last.getContactDate())
        + " (kondisi anak " + last.getChildSituation().label() + ").";
  }
}
