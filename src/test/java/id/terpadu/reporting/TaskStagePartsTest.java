package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.reporting.TaskStageParts.Case;
import id.terpadu.reporting.TaskStageParts.Part;
import id.terpadu.reporting.TaskStageParts.Task;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStagePartsTest {

  static final Timestamp DUE = Timestamp.valueOf("2026-03-02 10:00:00");
  static final Case CASE = new Case(7, "3504", "350401", "3504011001", 2026);

  @Test
  void aTaskIsOpenOnTimeUpToAndIncludingItsDueDateOrLate() {
    assertThat(TaskStageParts.status(task("a", null, null))).isEqualTo("OPEN");
    assertThat(TaskStageParts.status(task("a", DUE, "completed"))).isEqualTo("ON_TIME");
    assertThat(TaskStageParts.status(task("a", Timestamp.valueOf("2026-03-02 10:00:01"), "completed")))
        .isEqualTo("LATE");
  }

  @Test
  void aTaskEndedWithoutCompletionOrWithoutADueDateHasNoPart() {
    assertThat(TaskStageParts.status(task("a", DUE, "deleted"))).isNull();
    List<Part> parts = TaskStageParts.of(CASE, List.of(task("a", DUE, "deleted"),
        new Task("b", "Task_MonitorCase", null, null, null)), List.of());
    assertThat(parts).isEmpty();
  }

  @Test
  void partsCarryTheCasesRegionAndYear() {
    assertThat(TaskStageParts.of(CASE, List.of(task("a", null, null)), List.of())).containsExactly(
        new Part("a", 7, "3504", "350401", "3504011001", 2026, "Task_TriageComplaint", DUE, "OPEN"));
  }

  @Test
  void aPartWhoseTaskLeftTheHistoryStaysAndMovesWithTheCase() {
    Part kept = new Part("old", 7, "3503", "350301", "3503012001", 2026, "Task_TriageComplaint", DUE, "LATE");
    Part replaced = new Part("a", 7, "3503", "350301", "3503012001", 2026, "Task_TriageComplaint", DUE, "OPEN");
    List<Part> parts = TaskStageParts.of(CASE, List.of(task("a", DUE, "completed")), List.of(kept, replaced));
    assertThat(parts).containsExactlyInAnyOrder(
        new Part("a", 7, "3504", "350401", "3504011001", 2026, "Task_TriageComplaint", DUE, "ON_TIME"),
        new Part("old", 7, "3504", "350401", "3504011001", 2026, "Task_TriageComplaint", DUE, "LATE"));
  }

  private static Task task(String id, Timestamp end, String deleteReason) {
    return new Task(id, "Task_TriageComplaint", DUE, end, deleteReason);
  }
}
