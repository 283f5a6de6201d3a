package id.terpadu.monitoring;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.referral.AgencyOptions;
import id.terpadu.referral.Referral;
import id.terpadu.referral.ReferralChanges;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
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
  private final List<CaseSituationSource> situations;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public MonitoringForms(ReferralChanges referrals, AgencyOptions agencies, MonitoringContactRepository contacts,
      ChildCaseRepository cases, List<CaseSituationSource> situations, RuntimeService runtime,
      IdentityService identity) {
    this.referrals = referrals;
    this.agencies = agencies;
    this.contacts = contacts;
    this.cases = cases;
    this.situations = List.copyOf(situations);
    this.runtime = runtime;
    this.identity = identity;
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

  /**
   * Something the summary shows changed outside the process (a child admitted to or discharged from an
   * institution): the summary of the case's open monitoring form, if there is one, follows in the same transaction.
   */
  @EventListener
  public void situationChanged(CaseSituationChanged event) {
    cases.findById(event.caseId()).map(ChildCase::getProcessInstanceId).ifPresent(processInstanceId ->
        Privileged.asApplication(identity, () -> {
          boolean running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
          if (running && runtime.getVariable(processInstanceId, OPEN_REFERRALS) != null) {
            runtime.setVariable(processInstanceId, SUMMARY, summary(event.caseId(),
                referrals.openReferrals(event.caseId())));
          }
          return null;
        }));
  }

  /** The open referrals as cancel options and, with the last contact, as the summary to read. */
  private void offerReferrals(VariableScope scope, long caseId) {
    List<Referral> open = referrals.openReferrals(caseId);
    FormValues.offerOptions(scope, OPEN_REFERRALS, referrals.options(open));
    scope.setVariable(SUMMARY, summary(caseId, open));
  }

  /** The summary as the form's variable holds it (cut to fit, ADR 0005). */
  private String summary(long caseId, List<Referral> open) {
    List<String> situation = situations.stream().flatMap(s -> s.situationOf(caseId).stream()).toList();
    return FormValues.fitted(summary(open, contacts.findByCaseIdOrderByRecordedAt(caseId), situation));
  }

  String summary(List<Referral> open, List<MonitoringContact> earlier, List<String> situation) {
    String referralText = open.isEmpty() ? "Tidak ada rujukan yang masih berjalan."
        : "Rujukan yang masih berjalan:\n" + open.stream().map(r -> "- " + referrals.describe(r))
            .collect(Collectors.joining("\n"));
    String situationText = situation.isEmpty() ? ""
        : "\n\n" + situation.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    if (earlier.isEmpty()) {
      return referralText + situationText + "\n\nBelum ada kontak monev.";
    }
    MonitoringContact last = earlier.get(earlier.size() - 1);
    return referralText + situationText + "\n\nKontak monev sebelumnya: " + earlier.size() + "; terakhir "
        + last.getContactType().label() + " pada " + FormValues.INDONESIAN_DATE.format(last.getContactDate())
        + " (kondisi anak " + last.getChildSituation().label() + ").";
  }
}
