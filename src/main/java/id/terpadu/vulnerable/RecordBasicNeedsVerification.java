package id.terpadu.vulnerable;

import id.terpadu.process.FormValues;
import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@value BasicNeedsProcess#VERIFY_TASK} by the province: accept (the entry's assessment is
 * verified) or return with a comment (required; the unit records it again and reads the comment in its form).
 */
@Component("recordBasicNeedsVerification")
public class RecordBasicNeedsVerification implements TaskListener {

  static final int MAX_COMMENT = 1000;

  private final VulnerableEntryRepository entries;
  private final BasicNeedsAssessmentRepository assessments;
  private final Clock clock;

  public RecordBasicNeedsVerification(VulnerableEntryRepository entries, BasicNeedsAssessmentRepository assessments,
      Clock clock) {
    this.entries = entries;
    this.assessments = assessments;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long entryId = ((Number) task.getVariable(BasicNeedsProcess.ENTRY_ID)).longValue();
    String decision = FormValues.text(task, BasicNeedsProcess.DECISION);
    String comment = FormValues.text(task, BasicNeedsProcess.VERIFICATION_COMMENT);
    boolean accepted;
    if ("ACCEPT".equals(decision)) {
      accepted = true;
    } else if ("RETURN".equals(decision)) {
      accepted = false;
      if (comment == null) {
        throw new BadUserRequestException("Tuliskan apa yang perlu diperbaiki sebelum mengembalikan asesmen.");
      }
    } else {
      throw new BadUserRequestException("Pilih keputusan: terima atau kembalikan asesmen.");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new BadUserRequestException("Catatan paling banyak " + MAX_COMMENT + " karakter.");
    }
    BasicNeedsAssessment recorded = assessments.findFirstByProcessInstanceIdAndStatusOrderByIdDesc(
        task.getProcessInstanceId(), BasicNeedsAssessment.Status.RECORDED)
        .orElseThrow(() -> new IllegalStateException("No recorded assessment in " + task.getProcessInstanceId()));
    recorded.decide(accepted, RecordBasicNeeds.actor(task), clock.instant(), comment);
    VulnerableEntry entry = entries.findById(entryId)
        .orElseThrow(() -> new IllegalStateException("Registry entry " + entryId + " not found"));
    entry.assessment(accepted ? AssessmentStatus.VERIFIED : AssessmentStatus.RECORDING, null);
    // The comment is stored with the assessment; the note is read again from there for the next round.
    FormValues.forget(task, Set.of(BasicNeedsProcess.VERIFICATION_COMMENT));
    if (accepted) {
      FormValues.forget(task, Set.of(BasicNeedsProcess.NOTE));
    }
  }
}
