package id.terpadu.kla;

import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code bpmn/kla-assessment.bpmn} calls ({@code ${klaProcess...}}): the submissions of the round's
 * districts, the local variables of each submission's subprocess, task names and form texts, and recording the
 * district's values (validated: 400 in Tasklist) and the verifier's decision.
 */
@Component("klaProcess")
public class KlaProcess {

  /** The verifier's decision on one cluster. */
  public enum Decision {
    ACCEPT, RETURN
  }

  private final KlaSubmissionRepository submissions;
  private final KlaRoundRepository rounds;
  private final KlaValueRepository values;
  private final KlaEvidenceRepository evidence;
  private final KlaCatalogue catalogue;
  private final KlaTaskTexts texts;

  public KlaProcess(KlaSubmissionRepository submissions, KlaRoundRepository rounds, KlaValueRepository values,
      KlaEvidenceRepository evidence, KlaCatalogue catalogue, KlaTaskTexts texts) {
    this.submissions = submissions;
    this.rounds = rounds;
    this.values = values;
    this.evidence = evidence;
    this.catalogue = catalogue;
    this.texts = texts;
  }

  /** The multi-instance collection: the round's district submissions (clusters 1–5), by district and cluster. */
  public List<Long> districtSubmissions(DelegateExecution execution) {
    Long roundId = (Long) execution.getVariable(KlaVariables.ROUND_ID);
    return submissions.findByRoundIdOrderByDistrictCodeAscClusterAsc(roundId).stream()
        .filter(s -> !s.institutional()).map(KlaSubmission::getId).toList();
  }

  /**
   * Start of one submission's subprocess: its district and cluster, and its form fields, decision and comment
   * as variables local to the subprocess, so that what one district submits never reaches another's form.
   */
  public void enter(DelegateExecution execution) {
    KlaSubmission submission = submission((Long) execution.getVariable(KlaVariables.SUBMISSION_ID));
    execution.setVariableLocal(KlaVariables.DISTRICT, submission.getDistrictCode());
    execution.setVariableLocal(KlaVariables.CLUSTER, submission.getCluster());
    for (KlaIndicator indicator : catalogue.ofCluster(submission.getCluster())) {
      execution.setVariableLocal(indicator.variable(), null);
    }
    execution.setVariableLocal(KlaVariables.DECISION, null);
    execution.setVariableLocal(KlaVariables.COMMENT, null);
  }

  /** A task is created: its name, form text and the submission's due date. */
  @Transactional
  public void taskCreated(DelegateTask task) {
    KlaSubmission submission = submissionOf(task);
    task.setVariableLocal(KlaVariables.TASK_SUBMISSION, submission.getId());
    task.setVariableLocal(KlaVariables.CLUSTER, submission.getCluster());
    boolean verifying = KlaVariables.TASK_VERIFY_CLUSTER.equals(task.getTaskDefinitionKey());
    task.setName(texts.taskName(submission, verifying));
    task.setVariableLocal(KlaVariables.INFO, verifying ? texts.verificationInfo(submission)
        : texts.fillInfo(submission, task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    submission.waitingFor(task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  /** The district (or regency) submits: values checked, stored, the submission waits for verification. */
  @Transactional
  public void filled(DelegateTask task) {
    KlaSubmission submission = submissionOf(task);
    List<KlaIndicator> indicators = catalogue.ofCluster(submission.getCluster());
    Set<String> evidenced = evidence.findBySubmissionIdOrderByIndicatorCodeAscIdAsc(submission.getId()).stream()
        .map(KlaEvidence::getIndicatorCode).collect(Collectors.toCollection(HashSet::new));
    KlaValues.Checked checked = KlaValues.check(indicators, task::getVariable, evidenced);
    if (!checked.valid()) {
      throw new BadUserRequestException(checked.message());
    }
    Map<String, KlaValue> stored = values.findByKeySubmissionId(submission.getId()).stream()
        .collect(Collectors.toMap(KlaValue::getIndicatorCode, v -> v));
    checked.values().forEach((code, value) -> {
      KlaValue existing = stored.get(code);
      if (existing == null) {
        values.save(new KlaValue(submission.getId(), code, value));
      } else {
        existing.change(value);
      }
    });
    submission.submit(TaskActor.of(task), now());
  }

  /** The verifier accepts or returns the cluster; a return needs a comment for the district. */
  @Transactional
  public void verified(DelegateTask task) {
    KlaSubmission submission = submissionOf(task);
    Decision decision = FormValues.choice(task, KlaVariables.DECISION, Decision.class, "Keputusan verifikasi");
    String comment = FormValues.text(task, KlaVariables.COMMENT);
    if (decision == Decision.RETURN && comment == null) {
      throw new BadUserRequestException("Catatan untuk kecamatan wajib diisi bila klaster dikembalikan.");
    }
    if (comment != null && comment.length() > 1000) {
      throw new BadUserRequestException("Catatan paling banyak 1000 karakter.");
    }
    if (decision == Decision.ACCEPT) {
      submission.accept(TaskActor.of(task), now(), comment);
    } else {
      submission.giveBack(TaskActor.of(task), now(), comment);
    }
  }

  /** Every submission is done: the round is completed. */
  @Transactional
  public void close(DelegateExecution execution) {
    rounds.findById((Long) execution.getVariable(KlaVariables.ROUND_ID)).ifPresent(r -> r.complete(now()));
  }

  private KlaSubmission submissionOf(DelegateTask task) {
    Object id = KlaVariables.TASK_FILL_INSTITUTIONAL.equals(task.getTaskDefinitionKey())
        ? task.getVariable(KlaVariables.INSTITUTIONAL_SUBMISSION) : task.getVariable(KlaVariables.SUBMISSION_ID);
    return submission(id instanceof Number n ? n.longValue() : null);
  }

  private KlaSubmission submission(Long id) {
    if (id == null) {
      throw new IllegalStateException("KLA task without a submission id");
    }
    return submissions.findById(id).orElseThrow(() -> new IllegalStateException("No KLA submission " + id));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
