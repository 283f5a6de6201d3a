package id.terpadu.transfer;

import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import id.terpadu.transfer.CaseTransferService.Decision;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of {@value TransferProcess#DECIDE_TASK} (Tasklist form, or the API completing the task after
 * deciding): runs {@link CaseTransferService#decide} as the transaction commits. A refusal is a {@link BadUserRequestException} with a message in Bahasa
 * Indonesia (Tasklist shows it and the task stays open) carrying the API's problem as its cause.
 */
@Component("recordTransferDecision")
public class RecordTransferDecision implements TaskListener {

  private final CaseTransferService service;

  public RecordTransferDecision(CaseTransferService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    long transferId = ((Number) task.getVariable(TransferProcess.TRANSFER_ID)).longValue();
    String decision = FormValues.text(task, TransferProcess.DECISION);
    String note = FormValues.text(task, TransferProcess.DECISION_NOTE);
    Decision chosen;
    if ("ACCEPT".equals(decision)) {
      chosen = Decision.ACCEPT;
    } else if ("DECLINE".equals(decision)) {
      chosen = Decision.DECLINE;
    } else {
      throw new BadUserRequestException("Pilih keputusan: terima atau tolak pemindahan kasus.");
    }
    try {
      service.decideWhenTaskCompletes(transferId, chosen, note, actor(task));
    } catch (ApiException e) {
      throw new BadUserRequestException(message(e), e);
    }
    FormValues.forget(task, Set.of(TransferProcess.DECISION_NOTE));
  }

  /** Who decides: the user completing the task (Tasklist or API), else its assignee. */
  static String actor(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : TaskActor.of(task);
  }

  static String message(ApiException e) {
    if (!e.errors().isEmpty()) {
      return e.errors().stream().map(FieldProblem::message).collect(Collectors.joining(" "));
    }
    return switch (e.code()) {
      case CaseTransferService.CASE_CLOSED ->
          "Kasus sudah ditutup oleh unit pengirim; usulan pemindahan hanya dapat ditolak.";
      case CaseTransferService.TRANSFER_NOT_PENDING ->
          "Usulan pemindahan ini sudah diputuskan atau ditarik oleh unit pengirim.";
      default -> "Keputusan tidak dapat disimpan.";
    };
  }
}
