package id.terpadu.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.terpadu.casefile.TimelineEntry.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case file's own timeline entries, in Bahasa Indonesia. */
class CaseFileTimelineTest {

  private final CaseFileTimeline source = new CaseFileTimeline(new CaseCategories());

  @Test
  void aNewComplaintHasOnlyItsRegistration() {
    ChildCase c = CaseFiles.complaintIn("3504011001");

    assertThat(source.entriesOf(c)).extracting(TimelineEntry::at, TimelineEntry::actor, TimelineEntry::type,
        TimelineEntry::title, TimelineEntry::detail).containsExactly(tuple(CaseFiles.RECEIVED, "petugas",
        Type.CASE_REGISTERED, "Pengaduan dicatat", "Nomor kasus ULT-3504-2026-00001"));
  }

  @Test
  void anAcceptedComplaintShowsRiskAndCategoriesButNotTheNote() {
    ChildCase c = CaseFiles.complaintIn("3504011001");
    c.recordTriage(TriageOutcome.ACCEPTED, RiskLevel.HIGH, "PENELANTARAN", List.of("PENDIDIKAN", "ABH"),
        "Catatan rahasia", null, "pengawas", CaseFiles.RECEIVED.plusSeconds(600));

    TimelineEntry triage = source.entriesOf(c).get(1);

    assertThat(triage.type()).isEqualTo(Type.TRIAGE_DECIDED);
    assertThat(triage.actor()).isEqualTo("pengawas");
    assertThat(triage.title()).isEqualTo("Hasil triase: diterima, risiko tinggi");
    assertThat(triage.detail()).isEqualTo("Kategori: Penelantaran, Anak Berhadapan dengan Hukum, Pendidikan");
  }

  @Test
  void aComplaintThatIsNotACaseIsClosedWithWhereTheReporterWasSent() {
    ChildCase c = CaseFiles.complaintIn("3504011001");
    c.recordTriage(TriageOutcome.NOT_A_CASE, null, null, List.of(), null, "Puskesmas Kedungwaru", "pengawas",
        CaseFiles.RECEIVED.plusSeconds(600));
    c.close(ClosureReason.NOT_A_CASE, CaseFiles.RECEIVED.plusSeconds(601));

    assertThat(source.entriesOf(c)).extracting(TimelineEntry::type, TimelineEntry::title, TimelineEntry::detail)
        .containsExactly(
            tuple(Type.CASE_REGISTERED, "Pengaduan dicatat", "Nomor kasus ULT-3504-2026-00001"),
            tuple(Type.TRIAGE_DECIDED, "Hasil triase: bukan masalah perlindungan anak",
                "Pelapor diarahkan ke: Puskesmas Kedungwaru"),
            tuple(Type.CASE_CLOSED, "Kasus ditutup: bukan masalah perlindungan anak", null));
  }
}
