package id.terpadu.lksa;

import id.terpadu.casenote.CaseNote;
import id.terpadu.casenote.CaseNoteRepository;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_MonitorAfterDischarge} ({@code ${recordPlacementFollowUp}}): checks the form again on
 * the server (400 in Tasklist), writes the visit to the case file as a case note and removes the confidential
 * note from the process (ADR 0005). The outcome ({@code followUpOutcome}) stays: the gateway routes on it.
 */
@Component("recordPlacementFollowUp")
public class FollowUpRecorder implements TaskListener {

  /** The outcomes the form offers. */
  enum Outcome {
    STABLE("Stabil: anak aman dan terurus"),
    NEEDS_ACTION("Perlu tindak lanjut dalam kasus");

    final String label;

    Outcome(String label) {
      this.label = label;
    }
  }

  static final String NOTE = "confidentialFollowUpNote";
  static final int MAX_NOTE = 4000;

  private final CaseNoteRepository notes;
  private final Clock clock;

  public FollowUpRecorder(CaseNoteRepository notes, Clock clock) {
    this.notes = notes;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate visit;
    try {
      visit = FormValues.localDate(FormValues.text(task, "followUpVisitDate"));
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("Tanggal kunjungan tidak dapat dibaca.");
    }
    if (visit == null) {
      throw new BadUserRequestException("Tanggal kunjungan wajib diisi.");
    }
    Outcome outcome = FormValues.choice(task, "followUpOutcome", Outcome.class, "Kondisi anak di keluarga");
    String note = FormValues.text(task, NOTE);
    if (note == null) {
      throw new BadUserRequestException("Catatan kunjungan wajib diisi.");
    }
    if (note.length() > MAX_NOTE) {
      throw new BadUserRequestException("Catatan kunjungan paling banyak " + MAX_NOTE + " karakter.");
    }
    Long caseId = (Long) task.getVariable("caseId");
    String text = "Pemantauan setelah keluar dari LKSA (" + task.getVariable("institutionName") + "), kunjungan "
        + FormValues.INDONESIAN_DATE.format(visit) + ": " + outcome.label + ".\n" + note;
    notes.save(new CaseNote(caseId, text, TaskActor.of(task), clock.instant()));
    FormValues.forget(task, Set.of(NOTE));
  }
}
