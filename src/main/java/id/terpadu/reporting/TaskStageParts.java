package id.terpadu.reporting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one case contributes to the timeliness report's stages (docs/reports.md, ADR 0036): the single definition of
 * a task's state. The tally's sums and the district and village reports are built from these parts.
 */
final class TaskStageParts {

  static final String OPEN = "OPEN";
  static final String ON_TIME = "ON_TIME";
  static final String LATE = "LATE";

  /** The case as stored: its region and year of receipt (in the unit's time zone). */
  record Case(long id, String regency, String district, String village, int receiptYear) {}

  /**
   * A task of the case's process instances as the engine's history holds it: due date and end as the engine wrote
   * them (compared with each other, never converted), and why it ended ("completed", or a deletion).
   */
  record Task(String id, String taskKey, Timestamp dueDate, Timestamp endTime, String deleteReason) {}

  /** One task's row: the case's region and year, the task definition, its due date and state. */
  record Part(String taskId, long caseId, String regency, String district, String village, int receiptYear,
      String taskKey, Timestamp dueDate, String status) {

    boolean completed() {
      return !OPEN.equals(status);
    }

    boolean onTime() {
      return ON_TIME.equals(status);
    }

    Part of(Case c) {
      return new Part(taskId, c.id(), c.regency(), c.district(), c.village(), c.receiptYear(), taskKey, dueDate,
          status);
    }
  }

  private TaskStageParts() {}

  /**
   * The case's parts: one per task of its history with a due date that is open or was completed (a task cancelled
   * with its process counts nowhere), and, unchanged but for the case's current region and year, the earlier parts
   * of tasks no longer in the history (removed after its time to live, or deleted by an administrator).
   */
  static List<Part> of(Case c, List<Task> history, List<Part> earlier) {
    List<Part> parts = new ArrayList<>();
    Set<String> inHistory = new HashSet<>();
    for (Task t : history) {
      inHistory.add(t.id());
      String status = status(t);
      if (t.dueDate() != null && status != null) {
        parts.add(new Part(t.id(), c.id(), c.regency(), c.district(), c.village(), c.receiptYear(), t.taskKey(),
            t.dueDate(), status));
      }
    }
    for (Part p : earlier) {
      if (!inHistory.contains(p.taskId())) {
        parts.add(p.of(c));
      }
    }
    return parts;
  }

  /** OPEN, ON_TIME (completed by the due date, inclusive), LATE; null for a task that ended without completion. */
  static String status(Task t) {
    if (t.endTime() == null) {
      return OPEN;
    }
    if (!"completed".equals(t.deleteReason())) {
      return null;
    }
    return t.dueDate() != null && !t.endTime().after(t.dueDate()) ? ON_TIME : LATE;
  }
}
