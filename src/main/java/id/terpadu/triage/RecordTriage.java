package id.terpadu.triage;

import static id.terpadu.process.FormValues.list;
import static id.terpadu.process.FormValues.text;

import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.CaseDatesChanged;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.RiskLevel;
import id.terpadu.casefile.TriageOutcome;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The supervisor's triage decision, checked again on the server and written to the case file: accepted
 * with risk and categories, not a child-protection matter (with where the reporter was sent), or a
 * duplicate of an open case of the same unit.
 */
@Component("recordTriage")
public class RecordTriage implements TaskListener {

  static final Set<String> CONFIDENTIAL_INPUTS = Set.of("confidentialTriageNote", "confidentialReferredTo");

  private final ChildCaseRepository cases;
  private final CaseCategories categories;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public RecordTriage(ChildCaseRepository cases, CaseCategories categories, Clock clock,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.categories = categories;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    ChildCase theCase = cases.findById((Long) task.getVariable(CaseVariables.CASE_ID))
        .orElseThrow(() -> new BadUserRequestException("Kasus untuk tugas ini tidak ditemukan."));
    TriageOutcome outcome = FormValues.choice(task, CaseVariables.TRIAGE_OUTCOME, TriageOutcome.class, "Hasil triase");
    String note = text(task, "confidentialTriageNote");
    if (note != null && note.length() > 2000) {
      throw new BadUserRequestException("Catatan triase paling banyak 2000 karakter.");
    }
    RiskLevel risk = null;
    String primary = null;
    List<String> more = List.of();
    String referredTo = null;
    switch (outcome) {
      case ACCEPTED -> {
        risk = FormValues.choice(task, CaseVariables.RISK_LEVEL, RiskLevel.class, "Tingkat risiko");
        primary = text(task, CaseVariables.PRIMARY_CATEGORY);
        if (!categories.isKnown(primary)) {
          throw new BadUserRequestException("Pilih kategori utama yang dikenal.");
        }
        Set<String> others = new LinkedHashSet<>(list(task, "otherCategories"));
        others.remove(primary);
        for (String code : others) {
          if (!categories.isKnown(code)) {
            throw new BadUserRequestException("Kategori kasus tidak dikenal: " + code + ".");
          }
        }
        more = new ArrayList<>(others);
      }
      case NOT_A_CASE -> {
        referredTo = text(task, "confidentialReferredTo");
        if (referredTo == null || referredTo.length() > 500) {
          throw new BadUserRequestException(
              "Isi ke mana pelapor diarahkan (paling banyak 500 karakter) bila pengaduan bukan kasus.");
        }
      }
      case DUPLICATE -> theCase.linkAsDuplicateOf(openOriginal(theCase, text(task, "duplicateOfCaseNumber")));
      default -> throw new IllegalStateException(outcome.name());
    }
    theCase.recordTriage(outcome, risk, primary, more, note, referredTo, TaskActor.of(task), clock.instant());
    events.publishEvent(CaseDatesChanged.of(theCase.getId()));
    task.setVariable(CaseVariables.TRIAGE_OUTCOME, outcome.name());
    if (primary != null) {
      task.setVariable(CaseVariables.PRIMARY_CATEGORY, primary);
    }
    FormValues.forget(task, CONFIDENTIAL_INPUTS);
  }

  private ChildCase openOriginal(ChildCase duplicate, String caseNumber) {
    if (caseNumber == null) {
      throw new BadUserRequestException("Isi nomor kasus yang masih terbuka untuk pengaduan duplikat.");
    }
    ChildCase original = cases.findByCaseNumber(caseNumber)
        .filter(c -> c.getRegencyCode().equals(duplicate.getRegencyCode()))
        .orElseThrow(() -> new BadUserRequestException("Kasus " + caseNumber + " tidak ditemukan di unit ini."));
    if (original.getId().equals(duplicate.getId())) {
      throw new BadUserRequestException("Pengaduan tidak dapat menjadi duplikat dirinya sendiri.");
    }
    if (original.getStatus() != CaseStatus.OPEN) {
      throw new BadUserRequestException("Kasus " + caseNumber + " sudah ditutup; bukalah kembali bila perlu.");
    }
    return original;
  }

}
