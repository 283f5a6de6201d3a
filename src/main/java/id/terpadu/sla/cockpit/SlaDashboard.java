package id.terpadu.sla.cockpit;

import id.terpadu.agency.Agency;
import id.terpadu.agency.AgencyDirectory;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.Roles;
import id.terpadu.organisation.StaffNames;
import id.terpadu.process.Privileged;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.sla.SlaBreach;
import id.terpadu.sla.SlaBreachRepository;
import id.terpadu.sla.cockpit.SlaDashboardView.Completed;
import id.terpadu.sla.cockpit.SlaDashboardView.OpenBreach;
import id.terpadu.sla.cockpit.SlaDashboardView.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data of the Cockpit SLA page (docs/adr/0011-cockpit-sla-plugin.md): who may see it, which regions, the
 * open breaches from {@code sla_breach} and the last 30 days' completed tasks from the engine's history.
 * <ul>
 *   <li>Supervisors and heads of unit see the regencies of their region scope: a scope entry of a province or
 *   a regency covers every regency whose code starts with it; narrower entries (district, village) open no
 *   unit-wide view. Administrators see every region. Everyone else: {@link Reach#NONE} (403).</li>
 *   <li>Open breaches are the rows of {@code sla_breach} without {@code resolved_at}, one entry per task at its
 *   highest level, with the task's current assignee from the engine.</li>
 *   <li>On time / late: historic user tasks completed in the last 30 days whose process has the
 *   {@code regency} variable of one of those regencies (the case process and its referral processes), on time
 *   when completed by their due date.</li>
 * </ul>
 */
@Service
public class SlaDashboard {

  /** How far a caller's SLA view reaches. */
  public enum Reach {
    /** Every region (administrator). */
    ALL,
    /** The regencies of the caller's region scope (supervisor, head of unit). */
    SCOPE,
    /** No SLA view (everyone else). */
    NONE
  }

  /** A caller: user id and Camunda groups, as the webapp's login knows them. */
  public record Viewer(String userId, List<String> groupIds) {

    public Viewer {
      groupIds = List.copyOf(groupIds);
    }

    public Reach reach() {
      if (groupIds.contains(Roles.ADMIN)) {
        return Reach.ALL;
      }
      return groupIds.contains(Roles.SUPERVISOR) || groupIds.contains(Roles.HEAD) ? Reach.SCOPE : Reach.NONE;
    }
  }

  static final Duration WINDOW = Duration.ofDays(30);
  static final String UNCLAIMED_LABEL = "Belum diambil siapa pun";
  static final String UNIT_TASK_LABEL = "Tugas unit (tanpa mitra)";
  /** The engine's delete reason of a completed task (as opposed to a cancelled one). */
  static final String COMPLETED = "completed";

  private static final Map<String, String> STAGE_LABELS = Map.ofEntries(
      Map.entry("TRIAGE", "Triase pengaduan"),
      Map.entry("SAFETY", "Respons keselamatan segera"),
      Map.entry("ASSIGNMENT", "Penunjukan pekerja sosial"),
      Map.entry("ASSESSMENT", "Asesmen"),
      Map.entry("PLANNING", "Rencana layanan"),
      Map.entry("APPROVAL", "Persetujuan supervisor"),
      Map.entry("REFERRAL_ACCEPTANCE", "Penerimaan rujukan"),
      Map.entry("REFERRAL_COMPLETION", "Pelaksanaan layanan rujukan"),
      Map.entry("VERIFICATION", "Verifikasi layanan"),
      Map.entry("REROUTE", "Pengalihan ke mitra lain"),
      Map.entry("MONITORING", "Monitoring dan evaluasi"),
      Map.entry("TRANSFER", "Keputusan pemindahan kasus"));

  private final SlaBreachRepository breaches;
  private final OrganisationService organisation;
  private final RegionDirectory regions;
  private final AgencyDirectory agencies;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;

  public SlaDashboard(SlaBreachRepository breaches, OrganisationService organisation, RegionDirectory regions,
      AgencyDirectory agencies, TaskService tasks, HistoryService history, IdentityService identity) {
    this.breaches = breaches;
    this.organisation = organisation;
    this.regions = regions;
    this.agencies = agencies;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
  }

  /**
   * The SLA page of a caller whose reach is not {@link Reach#NONE}.
   *
   * @throws IllegalArgumentException for a caller without an SLA view (the resource answers 403 before)
   */
  @Transactional(readOnly = true)
  public SlaDashboardView view(Viewer viewer) {
    Reach reach = viewer.reach();
    if (reach == Reach.NONE) {
      throw new IllegalArgumentException("No SLA view for " + viewer.userId());
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> unitRegions = reach == Reach.ALL ? List.of() : unitRegions(organisation.scopeOf(viewer.userId()));
    List<SlaBreach> open = new ArrayList<>();
    if (reach == Reach.ALL) {
      open.addAll(breaches.findByResolvedAtIsNull());
    } else {
      unitRegions.forEach(code -> open.addAll(breaches.findByResolvedAtIsNullAndRegencyCodeStartingWith(code)));
    }
    List<OpenBreach> rows = rows(open);
    return new SlaDashboardView(now, reach == Reach.ALL,
        unitRegions.stream().map(code -> new Region(code, regions.find(code)
            .map(id.terpadu.region.Region::getName).orElse(code))).toList(),
        rows,
        SlaDashboardView.group(rows, OpenBreach::stage, OpenBreach::stageLabel),
        SlaDashboardView.group(rows, OpenBreach::agencyCode,
            b -> b.agencyCode() == null ? UNIT_TASK_LABEL : b.agencyName()),
        SlaDashboardView.group(rows, OpenBreach::assignee,
            b -> b.assignee() == null ? UNCLAIMED_LABEL : b.assigneeName()),
        completed(reach, unitRegions, now));
  }

  /**
   * The regions of a scope that open a unit-wide view: province and regency codes, without those that a
   * shorter code of the same scope already covers. District and village codes are left out.
   */
  static List<String> unitRegions(Collection<String> scope) {
    List<String> codes = scope.stream().filter(code -> RegionLevel.find(code)
            .filter(level -> level == RegionLevel.PROVINCE || level == RegionLevel.REGENCY).isPresent())
        .distinct().sorted().toList();
    return codes.stream()
        .filter(code -> codes.stream().noneMatch(other -> !other.equals(code) && code.startsWith(other)))
        .toList();
  }

  /** One row per task: its highest open level, the first level's breach time, the current assignee. */
  private List<OpenBreach> rows(List<SlaBreach> open) {
    Map<String, List<SlaBreach>> byTask = new LinkedHashMap<>();
    open.forEach(b -> byTask.computeIfAbsent(b.getTaskId(), k -> new ArrayList<>()).add(b));
    if (byTask.isEmpty()) {
      return List.of();
    }
    Map<String, Task> current = new HashMap<>();
    Privileged.asApplication(identity, () -> tasks.createTaskQuery()
        .taskIdIn(byTask.keySet().toArray(String[]::new)).list()).forEach(t -> current.put(t.getId(), t));
    Map<String, String> people = names(byTask.keySet().stream()
        .map(id -> assignee(current.get(id), latest(byTask.get(id)))).filter(a -> a != null).distinct().toList());
    Map<String, Optional<Agency>> agencyCache = new HashMap<>();
    List<OpenBreach> rows = new ArrayList<>();
    byTask.forEach((taskId, levels) -> {
      SlaBreach latest = latest(levels);
      Task task = current.get(taskId);
      String assignee = assignee(task, latest);
      String agencyCode = agencyCode(latest.getCandidateGroups());
      String agencyName = agencyCode == null ? null : agencyCache
          .computeIfAbsent(agencyCode, agencies::find).map(Agency::getName).orElse(agencyCode);
      Instant firstBreach = levels.stream().map(SlaBreach::getBreachedAt).min(Comparator.naturalOrder())
          .orElse(latest.getBreachedAt());
      ZoneId zone = UnitTimeZones.of(latest.getRegencyCode() == null ? "35" : latest.getRegencyCode());
      rows.add(new OpenBreach(taskId, latest.getCaseNumber(),
          task != null && task.getName() != null ? task.getName() : latest.getTaskName(),
          latest.getStage(), STAGE_LABELS.getOrDefault(latest.getStage(), latest.getStage()), latest.getLevel(),
          task != null && task.getDueDate() != null ? task.getDueDate().toInstant() : latest.getDueAt(),
          firstBreach, latest.getRegencyCode(), zone.getId(), UnitTimeZones.abbreviation(zone), assignee,
          assignee == null ? null : people.getOrDefault(assignee, assignee), agencyCode, agencyName,
          latest.getProcessInstanceId(), "#/process-instance/" + latest.getProcessInstanceId()));
    });
    rows.sort(SlaDashboardView.OLDEST_DUE_FIRST);
    return List.copyOf(rows);
  }

  private static SlaBreach latest(List<SlaBreach> levels) {
    return levels.stream().max(Comparator.comparingInt(SlaBreach::getLevel)).orElseThrow();
  }

  /** The task's assignee now; the one recorded at the latest level when the task is gone. */
  private static String assignee(Task task, SlaBreach latest) {
    return task != null ? task.getAssignee() : latest.getAssignee();
  }

  /** The partner agency among a task's candidate groups ({@code agency-<code>}), or null. */
  static String agencyCode(String candidateGroups) {
    if (candidateGroups == null) {
      return null;
    }
    String prefix = Roles.AGENCY + "-";
    return Arrays.stream(candidateGroups.split(",")).map(String::trim)
        .filter(g -> g.startsWith(prefix) && g.length() > prefix.length())
        .map(g -> g.substring(prefix.length())).findFirst().orElse(null);
  }

  /** Display names of staff members ("first last"), by user id. */
  private Map<String, String> names(List<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new HashMap<>();
    for (User user : Privileged.asApplication(identity, () -> identity.createUserQuery()
        .userIdIn(userIds.toArray(String[]::new)).list())) {
      names.put(user.getId(), StaffNames.displayName(user));
    }
    return names;
  }

  /** Completed user tasks of the last 30 days in the regions (every region for {@link Reach#ALL}). */
  private Completed completed(Reach reach, List<String> unitRegions, Instant now) {
    Instant from = now.minus(WINDOW);
    Map<String, HistoricTaskInstance> finished = new LinkedHashMap<>();
    Privileged.asApplication(identity, () -> {
      if (reach == Reach.ALL) {
        finishedSince(from).list().forEach(t -> finished.put(t.getId(), t));
      }
      for (String code : reach == Reach.ALL ? List.<String>of() : unitRegions) {
        HistoricTaskInstanceQuery query = code.length() == RegionLevel.REGENCY.codeLength()
            ? finishedSince(from).processVariableValueEquals(CaseVariables.REGENCY, code)
            : finishedSince(from).processVariableValueLike(CaseVariables.REGENCY, code + "%");
        query.list().forEach(t -> finished.put(t.getId(), t));
      }
      return null;
    });
    long onTime = 0;
    long late = 0;
    for (HistoricTaskInstance task : finished.values()) {
      if (task.getDueDate() == null || task.getEndTime() == null || !COMPLETED.equals(task.getDeleteReason())) {
        continue;
      }
      if (task.getEndTime().after(task.getDueDate())) {
        late++;
      } else {
        onTime++;
      }
    }
    return new Completed(from, onTime + late, onTime, late);
  }

  private HistoricTaskInstanceQuery finishedSince(Instant from) {
    return history.createHistoricTaskInstanceQuery().finished().finishedAfter(Date.from(from));
  }
}
