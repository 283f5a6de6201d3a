package id.terpadu.safety;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the same-day safety response of a high-risk case in the case file. */
@Component("recordSafetyResponse")
public class RecordSafetyResponse implements TaskListener {

  private final SafetyResponseRepository responses;
  private final ChildCaseRepository cases;
  private final Clock clock;

  public RecordSafetyResponse(SafetyResponseRepository responses, ChildCaseRepository cases, Clock clock) {
    this.responses = responses;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    String regency = (String) task.getVariable(CaseVariables.REGENCY);
    List<SafetyAction> actions = new ArrayList<>();
    for (String code : FormValues.list(task, "safetyActions")) {
      try {
        actions.add(SafetyAction.valueOf(code));
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException("Tindakan keselamatan tidak dikenal: " + code + ".");
      }
    }
    if (actions.isEmpty()) {
      throw new BadUserRequestException("Pilih sedikitnya satu tindakan keselamatan yang sudah dilakukan.");
    }
    Instant at = FormValues.instant(task, "safetyRespondedAt", UnitTimeZones.of(regency));
    Instant now = clock.instant();
    if (at == null || at.isAfter(now.plusSeconds(300))) {
      throw new BadUserRequestException("Isi waktu tindakan; waktu tidak boleh di masa depan.");
    }
    String note = FormValues.text(task, "confidentialSafetyNote");
    if (note == null || note.length() > 2000) {
      throw new BadUserRequestException("Catatan tindakan wajib diisi (paling banyak 2000 karakter).");
    }
    responses.save(new SafetyResponse(caseId, actions, at, note, TaskActor.of(task), now));
    cases.findById(caseId).ifPresent(c -> c.moveTo(CaseStage.ASSIGNMENT));
    FormValues.forget(task, Set.of("confidentialSafetyNote"));
  }
}
