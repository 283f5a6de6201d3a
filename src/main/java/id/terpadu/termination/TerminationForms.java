package id.terpadu.termination;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.FormValues;
import id.terpadu.referral.ReferralChanges;
import id.terpadu.region.UnitTimeZones;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Prepares the supervisor's termination form: the proposal as text to read, with the referrals that are
 * still open and would be cancelled by closing the case. Kept out of history (confidential: the summary is
 * the caseworker's free text).
 */
@Component("terminationForms")
public class TerminationForms implements TaskListener {

  public static final String PROPOSAL = "confidentialTerminationProposal";

  private final CaseTerminationRepository terminations;
  private final ReferralChanges referrals;

  public TerminationForms(CaseTerminationRepository terminations, ReferralChanges referrals) {
    this.terminations = terminations;
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    terminations.findFirstByCaseIdAndStatusOrderByProposedAtDesc(caseId, CaseTermination.Status.PROPOSED)
        .ifPresent(p -> task.setVariable(PROPOSAL,
            text(p, caseId, UnitTimeZones.of((String) task.getVariable(CaseVariables.REGENCY)))));
  }

  private String text(CaseTermination p, long caseId, ZoneId zone) {
    String open = referrals.openReferrals(caseId).stream().map(r -> "- " + referrals.describe(r))
        .collect(Collectors.joining("\n"));
    // A summary too long for the form is cut; the referrals the approval cancels are always shown.
    return FormValues.fitted("Alasan: " + p.getReason().label() + "\n\nRingkasan pekerja sosial:\n", p.getSummary(),
        "\n\nDiusulkan oleh " + p.getProposedBy() + " pada "
            + FormValues.INDONESIAN_DATE.format(p.getProposedAt().atZone(zone))
            + (open.isEmpty() ? "\n\nSemua rujukan sudah selesai."
                : "\n\nRujukan yang masih berjalan (dibatalkan bila terminasi disetujui):\n" + open));
  }
}
