package id.terpadu.assessment;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the comprehensive assessment in the case file; the process keeps only which sections need a service. */
@Component("recordAssessment")
public class RecordAssessment implements TaskListener {

  static final int MAX_FINDINGS = 4000;

  private final AssessmentRepository assessments;
  private final ChildCaseRepository cases;
  private final Clock clock;

  public RecordAssessment(AssessmentRepository assessments, ChildCaseRepository cases, Clock clock) {
    this.assessments = assessments;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    List<Assessment.Finding> findings = new ArrayList<>();
    for (AssessmentSection section : AssessmentSection.values()) {
      String text = FormValues.text(task, section.findingsField());
      boolean needs = FormValues.flag(task, section.needsField());
      if (text != null && text.length() > MAX_FINDINGS) {
        throw new BadUserRequestException("Temuan setiap aspek paling banyak " + MAX_FINDINGS + " karakter.");
      }
      if (needs && text == null) {
        throw new BadUserRequestException("Tuliskan temuan untuk setiap aspek yang memerlukan layanan.");
      }
      findings.add(new Assessment.Finding(section, text, needs));
    }
    if (findings.stream().allMatch(f -> f.getText() == null)) {
      throw new BadUserRequestException("Catat temuan sedikitnya untuk satu aspek.");
    }
    assessments.save(new Assessment(caseId, TaskActor.of(task), clock.instant(), findings));
    cases.findById(caseId).ifPresent(c -> c.moveTo(CaseStage.PLANNING));
    task.setVariable("sectionsNeedingService", String.join(",", findings.stream()
        .filter(Assessment.Finding::isNeedsService).map(f -> f.getSection().name()).toList()));
    FormValues.forget(task, Stream.of(AssessmentSection.values()).map(AssessmentSection::findingsField)
        .collect(Collectors.toSet()));
  }
}
