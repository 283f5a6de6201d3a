package id.terpadu.plan;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor approves the plan (referrals go out) or returns it with a comment. */
@Component("recordPlanDecision")
public class RecordPlanDecision implements TaskListener {

  public static final String DECISION = "planDecision";

  private final ServicePlanRepository plans;
  private final Clock clock;

  public RecordPlanDecision(ServicePlanRepository plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    ServicePlan plan = plans.findFirstByCaseIdOrderByDraftedAtDesc(caseId)
        .filter(p -> p.getStatus() == ServicePlan.Status.SUBMITTED)
        .orElseThrow(() -> new BadUserRequestException("Tidak ada rencana layanan yang menunggu persetujuan."));
    String decision = FormValues.text(task, DECISION);
    String comment = FormValues.text(task, "planReturnComment");
    if ("APPROVED".equals(decision)) {
      plan.approve(TaskActor.of(task), clock.instant());
      task.removeVariable("planReturnComment");
    } else if ("RETURNED".equals(decision)) {
      if (comment == null || comment.length() > 2000) {
        throw new BadUserRequestException("Tuliskan catatan untuk pekerja sosial (paling banyak 2000 karakter).");
      }
      plan.returnForChanges(TaskActor.of(task), clock.instant(), comment);
    } else {
      throw new BadUserRequestException("Pilih keputusan: setujui atau kembalikan.");
    }
    FormValues.forget(task, Set.of(ServicePlanForms.SUMMARY));
  }
}
