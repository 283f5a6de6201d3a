package id.terpadu.sla.cockpit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the Cockpit SLA page shows a supervisor or head of unit: the open deadline breaches of their regions,
 * oldest due first and grouped three ways, and how many tasks were completed on time in the last 30 days.
 * Case numbers, task names, staff and agency names only: never a child's identity or the complaint.
 *
 * @param generatedAt when the numbers were taken (engine time)
 * @param allRegions whether every region is shown (administrator)
 * @param regions the regions shown (code and name), empty for {@code allRegions}
 * @param breaches every open breach, one per task, oldest due first
 * @param byStage the same breaches grouped by the task's stage
 * @param byAgency grouped by the partner agency the task waits for (empty key: a task of the unit itself)
 * @param byCaseworker grouped by the task's current assignee (empty key: nobody has claimed it)
 * @param lastThirtyDays tasks completed in the last 30 days, on time and late
 */
public record SlaDashboardView(Instant generatedAt, boolean allRegions, List<Region> regions,
    List<OpenBreach> breaches, List<Group> byStage, List<Group> byAgency, List<Group> byCaseworker,
    Completed lastThirtyDays) {

  /** A region of the caller's scope. */
  public record Region(String code, String name) {}

  /**
   * One task past its due date that is still open, at its highest escalation level so far.
   *
   * @param breachedAt when the first level was recorded
   * @param timeZone the unit's IANA time zone; {@code zone} its Indonesian abbreviation (WIB, WITA, WIT)
   * @param link the Cockpit route of the task's process instance
   */
  public record OpenBreach(String taskId, String caseNumber, String taskName, String stage, String stageLabel,
      int level, Instant dueAt, Instant breachedAt, String regencyCode, String timeZone, String zone,
      String assignee, String assigneeName, String agencyCode, String agencyName, String processInstanceId,
      String link) {}

  /** Breaches sharing a stage, agency or assignee, oldest due first. */
  public record Group(String key, String label, int count, List<OpenBreach> breaches) {}

  /**
   * User tasks completed in the window: on time means completed at or before the task's due date.
   *
   * @param from start of the window (30 days before {@code generatedAt})
   */
  public record Completed(Instant from, long total, long onTime, long late) {}

  /** Oldest due first; breaches without a due date last, then by case number. */
  static final Comparator<OpenBreach> OLDEST_DUE_FIRST = Comparator
      .comparing(OpenBreach::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(OpenBreach::breachedAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(OpenBreach::caseNumber, Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Groups breaches by a key (null counts as the empty key), each group's breaches oldest due first, the groups
   * in the order of their oldest breach: the group that has waited longest comes first.
   */
  static List<Group> group(List<OpenBreach> breaches, Function<OpenBreach, String> key,
      Function<OpenBreach, String> label) {
    Map<String, List<OpenBreach>> grouped = new LinkedHashMap<>();
    breaches.stream().sorted(OLDEST_DUE_FIRST).forEach(b -> grouped
        .computeIfAbsent(key.apply(b) == null ? "" : key.apply(b), k -> new ArrayList<>()).add(b));
    List<Group> groups = new ArrayList<>();
    grouped.forEach((k, members) -> groups.add(new Group(k, label.apply(members.get(0)), members.size(),
        List.copyOf(members))));
    return List.copyOf(groups);
  }
}
