package id.terpadu.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.casefile.TimelineEntry.Type;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the timeline merges and orders its sources' entries. */
class CaseTimelineTest {

  static final Instant T = Instant.parse("2026-03-02T01:15:30.123Z");

  @Test
  void entriesAreOrderedByTimeToTheMillisecondThenByType() {
    // Triage is recorded while its task completes: a few microseconds later than the engine's millisecond.
    TimelineEntry triage = entry(T.plusNanos(456_000), Type.TRIAGE_DECIDED, "Hasil triase");
    TimelineEntry completed = entry(T, Type.TASK_COMPLETED, "Tugas diselesaikan: Triase pengaduan");
    TimelineEntry next = entry(T, Type.TASK_CREATED, "Tugas dibuat: Tunjuk pekerja sosial");
    TimelineEntry closed = entry(T, Type.CASE_CLOSED, "Kasus ditutup");
    TimelineEntry registered = entry(T.minusSeconds(3600), Type.CASE_REGISTERED, "Pengaduan dicatat");
    TimelineEntry later = entry(T.plusMillis(1), Type.TASK_ASSIGNED, "Tugas ditugaskan");

    List<TimelineEntry> ordered = CaseTimeline.ordered(List.of(later, next, closed, completed, triage, registered));

    assertThat(ordered).extracting(TimelineEntry::title).containsExactly("Pengaduan dicatat", "Hasil triase",
        "Tugas diselesaikan: Triase pengaduan", "Kasus ditutup", "Tugas dibuat: Tunjuk pekerja sosial",
        "Tugas ditugaskan");
    assertThat(ordered.get(1).at()).isEqualTo(T);
  }

  @Test
  void entriesOfTheSameTimeAndTypeKeepTheirSourcesOrderAndUndatedOnesAreLeftOut() {
    List<TimelineEntry> ordered = CaseTimeline.ordered(List.of(entry(T, Type.TASK_CREATED, "A"),
        entry(null, Type.TASK_CREATED, "undated"), entry(T, Type.TASK_CREATED, "B")));

    assertThat(ordered).extracting(TimelineEntry::title).containsExactly("A", "B");
  }

  @Test
  void everySourceContributes() {
    ChildCase theCase = CaseFiles.complaintIn("3504011001");
    CaseTimeline timeline = new CaseTimeline(List.of(
        c -> List.of(entry(T.plusSeconds(60), Type.TASK_CREATED, "second")),
        c -> List.of(entry(T, Type.CASE_REGISTERED, c.getCaseNumber()))));

    assertThat(timeline.of(theCase)).extracting(TimelineEntry::title)
        .containsExactly("ULT-3504-2026-00001", "second");
  }

  private static TimelineEntry entry(Instant at, Type type, String title) {
    return new TimelineEntry(at, "pengawas", type, title, null);
  }
}
