package id.terpadu.termination;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import id.terpadu.referral.ServiceStage;
import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor approves closing the case or returns it to monitoring with a comment. */
@Component("recordTerminationDecision")
public class RecordTerminationDecision implements TaskListener {

  public static final String DECISION = "terminationDecision";
  /** Shown on the caseworker's next monitoring form after a return. */
  public static final String RETURN_COMMENT = "terminationReturnComment";

  private final CaseTerminationRepository terminations;
  private final ServiceStage stage;
  private final Clock clock;

  public RecordTerminationDecision(CaseTerminationRepository terminations, ServiceStage stage, Clock clock) {
    this.terminations = terminations;
    this.stage = stage;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    CaseTermination proposal = terminations
        .findFirstByCaseIdAndStatusOrderByProposedAtDesc(caseId, CaseTermination.Status.PROPOSED)
        .orElseThrow(() -> new BadUserRequestException("Tidak ada usulan terminasi yang menunggu persetujuan."));
    String decision = FormValues.text(task, DECISION);
    String comment = FormValues.text(task, RETURN_COMMENT);
    if ("APPROVED".equals(decision)) {
      proposal.approve(TaskActor.of(task), clock.instant());
      task.removeVariable(RETURN_COMMENT);
    } else if ("RETURNED".equals(decision)) {
      if (comment == null || comment.length() > 2000) {
        throw new BadUserRequestException("Tuliskan catatan untuk pekerja sosial (paling banyak 2000 karakter).");
      }
      proposal.returnToCaseworker(TaskActor.of(task), clock.instant(), comment);
      stage.refresh(caseId, true);
    } else {
      throw new BadUserRequestException("Pilih keputusan: setujui terminasi atau kembalikan.");
    }
    FormValues.forget(task, Set.of(TerminationForms.PROPOSAL));
  }
}
