package id.terpadu.vulnerable;

import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of {@value BasicNeedsProcess#RECORD_TASK}: checks the six answers and the note again on the server
 * (messages in Bahasa Indonesia; Tasklist shows them and the task stays open), stores the recording and marks the
 * entry as waiting for the province. The answers (codes) stay in the process for the verification form; the
 * note stays only while the process runs (a confidential variable, never in history).
 */
@Component("recordBasicNeeds")
public class RecordBasicNeeds implements TaskListener {

  static final int MAX_NOTE = 2000;

  private final VulnerableEntryRepository entries;
  private final BasicNeedsAssessmentRepository assessments;
  private final Clock clock;

  public RecordBasicNeeds(VulnerableEntryRepository entries, BasicNeedsAssessmentRepository assessments,
      Clock clock) {
    this.entries = entries;
    this.assessments = assessments;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long entryId = ((Number) task.getVariable(BasicNeedsProcess.ENTRY_ID)).longValue();
    Map<BasicNeed, BasicNeed.Answer> answers = answers(task);
    String note = FormValues.text(task, BasicNeedsProcess.NOTE);
    if (note != null && note.length() > MAX_NOTE) {
      throw new BadUserRequestException("Catatan paling banyak " + MAX_NOTE + " karakter.");
    }
    VulnerableEntry entry = entries.findById(entryId)
        .orElseThrow(() -> new IllegalStateException("Registry entry " + entryId + " not found"));
    assessments.save(new BasicNeedsAssessment(entryId, task.getProcessInstanceId(), answers, note, actor(task),
        clock.instant()));
    entry.assessment(AssessmentStatus.AWAITING_VERIFICATION, task.getProcessInstanceId());
  }

  static Map<BasicNeed, BasicNeed.Answer> answers(DelegateTask task) {
    Map<BasicNeed, BasicNeed.Answer> answers = new EnumMap<>(BasicNeed.class);
    for (BasicNeed need : BasicNeed.values()) {
      answers.put(need, FormValues.choice(task, need.field(), BasicNeed.Answer.class, need.label()));
    }
    return answers;
  }

  /** Who completes the task (Tasklist or API), else its assignee. */
  static String actor(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : TaskActor.of(task);
  }
}
