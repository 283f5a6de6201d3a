package id.terpadu.lksa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.terpadu.casenote.CaseNote;
import id.terpadu.casenote.CaseNoteRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The monitoring form is checked again on the server and lands in the case file, not in the engine. */
class FollowUpRecorderTest {

  CaseNoteRepository notes = mock(CaseNoteRepository.class);
  FollowUpRecorder recorder = new FollowUpRecorder(notes,
      Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC));

  DelegateTask task(String date, String outcome, String note) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable("followUpVisitDate")).thenReturn(date);
    when(task.getVariable("followUpOutcome")).thenReturn(outcome);
    when(task.getVariable(FollowUpRecorder.NOTE)).thenReturn(note);
    when(task.hasVariable(FollowUpRecorder.NOTE)).thenReturn(note != null);
    when(task.getVariable("caseId")).thenReturn(42L);
    when(task.getVariable("institutionName")).thenReturn("LKSA Budi Mulia");
    when(task.getAssignee()).thenReturn("peksos1");
    return task;
  }

  @Test
  void theVisitBecomesACaseNoteAndTheNoteLeavesTheProcess() {
    DelegateTask task = task("2026-11-25", "NEEDS_ACTION", "Ayah kembali minum; rencana layanan perlu ditinjau.");

    recorder.notify(task);

    ArgumentCaptor<CaseNote> saved = ArgumentCaptor.forClass(CaseNote.class);
    verify(notes).save(saved.capture());
    assertThat(saved.getValue().getCaseId()).isEqualTo(42L);
    assertThat(saved.getValue().getAuthor()).isEqualTo("peksos1");
    assertThat(saved.getValue().getText()).isEqualTo("Pemantauan setelah keluar dari LKSA (LKSA Budi Mulia), "
        + "kunjungan 25 November 2026: Perlu tindak lanjut dalam kasus.\n"
        + "Ayah kembali minum; rencana layanan perlu ditinjau.");
    verify(task).removeVariables(Set.of(FollowUpRecorder.NOTE));
  }

  @Test
  void anIncompleteFormIsRefusedWithAMessageForTasklist() {
    assertThatThrownBy(() -> recorder.notify(task(null, "STABLE", "x"))).isInstanceOf(BadUserRequestException.class)
        .hasMessage("Tanggal kunjungan wajib diisi.");
    assertThatThrownBy(() -> recorder.notify(task("kemarin", "STABLE", "x")))
        .hasMessage("Tanggal kunjungan tidak dapat dibaca.");
    assertThatThrownBy(() -> recorder.notify(task("2026-11-25", "HAPPY", "x")))
        .hasMessage("Kondisi anak di keluarga tidak dikenal: HAPPY.");
    assertThatThrownBy(() -> recorder.notify(task("2026-11-25", "STABLE", " ")))
        .hasMessage("Catatan kunjungan wajib diisi.");
    assertThatThrownBy(() -> recorder.notify(task("2026-11-25", "STABLE", "x".repeat(4001))))
        .hasMessage("Catatan kunjungan paling banyak 4000 karakter.");
    verify(notes, never()).save(any());
  }
}
