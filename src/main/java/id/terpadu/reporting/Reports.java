package id.terpadu.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.CaseCategories.Category;
import id.terpadu.community.ActivityKind;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.reporting.ReportQueries.ActivityCount;
import id.terpadu.reporting.ReportQueries.CaseCount;
import id.terpadu.reporting.ReportQueries.Durations;
import id.terpadu.reporting.ReportQueries.ReferralEvents;
import id.terpadu.reporting.ReportQueries.ReferralStates;
import id.terpadu.reporting.ReportQueries.TaskCounts;
import id.terpadu.reporting.ReportQueries.VillageYear;
import id.terpadu.reporting.ReportQueries.VisitCount;
import id.terpadu.reporting.ReportScope.Regency;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four reports the unit is judged by (docs/reports.md): case responses by category and year, outreach,
 * referral outcomes per partner agency, and timeliness. Counts only, never a child's identity. Each report is
 * built from {@link ReportQueries} for one {@link ReportScope}; grouped by regency, it carries one row set per
 * regency of the scope next to the totals of the whole scope.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

  /** The user tasks of the case and referral processes by SLA stage (bpmn/*.bpmn, bpmn/sla-deadlines.dmn). */
  static final Map<String, String> STAGE_OF_TASK = Map.ofEntries(
      Map.entry("Task_TriageComplaint", "TRIAGE"),
      Map.entry("Task_RespondToImmediateDanger", "SAFETY"),
      Map.entry("Task_AssignCaseworker", "ASSIGNMENT"),
      Map.entry("Task_ConductAssessment", "ASSESSMENT"),
      Map.entry("Task_DraftServicePlan", "PLANNING"),
      Map.entry("Task_ApproveServicePlan", "APPROVAL"),
      Map.entry("Task_ApproveTermination", "APPROVAL"),
      Map.entry("Task_MonitorCase", "MONITORING"),
      Map.entry("Task_DecideOnReferral", "REFERRAL_ACCEPTANCE"),
      Map.entry("Task_ReportService", "REFERRAL_COMPLETION"),
      Map.entry("Task_VerifyService", "VERIFICATION"),
      Map.entry("Task_ChooseAnotherAgency", "REROUTE"));

  /** The stages in the order of the pathway, with their Bahasa Indonesia labels. */
  static final Map<String, String> STAGES = stages();

  /** The three durations of the timeliness report, with their labels. */
  static final Map<String, String> MEASURES = measures();

  private final ReportQueries queries;
  private final CaseCategories categories;
  private final Clock clock;

  public Reports(ReportQueries queries, CaseCategories categories, Clock clock) {
    this.queries = queries;
    this.categories = categories;
    this.clock = clock;
  }

  // ---- case responses -------------------------------------------------------------------------------------

  /** One category: its cases per year of receipt ("2016" → 4). */
  public record CategoryRow(String category, String label, Map<String, Long> counts) {}

  /** Category rows and totals per year, of the whole scope or of one regency. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CaseResponses(String regencyCode, String regencyName, List<Integer> years, List<CategoryRow> rows,
      Map<String, Long> totals, Long total, List<CaseResponses> regencies) {}

  public CaseResponses caseResponses(ReportScope scope) {
    List<Integer> years = scope.period().years();
    List<CaseCount> all = queries.caseCounts(scope, false);
    List<CaseResponses> regencies = null;
    if (scope.byRegency()) {
      Map<String, List<CaseCount>> byRegency = queries.caseCounts(scope, true).stream()
          .collect(Collectors.groupingBy(CaseCount::regency));
      regencies = scope.regencies().stream().map(r -> caseResponses(r, years,
          byRegency.getOrDefault(r.code(), List.of()), null)).toList();
    }
    return caseResponses(null, years, all, regencies);
  }

  private CaseResponses caseResponses(Regency regency, List<Integer> years, List<CaseCount> counts,
      List<CaseResponses> regencies) {
    Map<String, Map<String, Long>> byCategory = new LinkedHashMap<>();
    for (Category category : categories.all()) {
      byCategory.put(category.code(), zeros(years));
    }
    Set<String> unknown = new java.util.TreeSet<>();
    for (CaseCount count : counts) {
      if (!byCategory.containsKey(count.category())) {
        unknown.add(count.category());
      }
    }
    unknown.forEach(code -> byCategory.put(code, zeros(years)));
    Map<String, Long> totals = zeros(years);
    for (CaseCount count : counts) {
      String year = String.valueOf(count.year());
      byCategory.get(count.category()).merge(year, count.cases(), Long::sum);
      totals.merge(year, count.cases(), Long::sum);
    }
    List<CategoryRow> rows = new ArrayList<>();
    byCategory.forEach((code, perYear) -> rows.add(new CategoryRow(code,
        categories.find(code).map(Category::label).orElse(code), perYear)));
    long total = totals.values().stream().mapToLong(Long::longValue).sum();
    return new CaseResponses(regency == null ? null : regency.code(), regency == null ? null : regency.name(),
        years, rows, totals, total, regencies);
  }

  private static Map<String, Long> zeros(List<Integer> years) {
    Map<String, Long> map = new LinkedHashMap<>();
    years.forEach(y -> map.put(String.valueOf(y), 0L));
    return map;
  }

  // ---- outreach -------------------------------------------------------------------------------------------

  /** One year of outreach: distinct villages and districts visited, children reached. */
  public record OutreachRow(int year, long villages, long districts, long children) {}

  /** Over the whole period: distinct villages and districts (not the sum of the years), children reached. */
  public record OutreachTotals(long villages, long districts, long children) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Outreach(String regencyCode, String regencyName, int fromYear, int toYear, List<OutreachRow> rows,
      OutreachTotals totals, List<Outreach> regencies) {}

  public Outreach outreach(ReportScope scope) {
    List<VillageYear> villageYears = queries.villageYears(scope);
    List<Outreach> regencies = null;
    if (scope.byRegency()) {
      Map<String, List<VisitCount>> perYear = VisitCount.count(villageYears, true, true).stream()
          .collect(Collectors.groupingBy(VisitCount::regency));
      Map<String, List<VisitCount>> whole = VisitCount.count(villageYears, true, false).stream()
          .collect(Collectors.groupingBy(VisitCount::regency));
      regencies = scope.regencies().stream().map(r -> outreach(r, scope.period(),
          perYear.getOrDefault(r.code(), List.of()), whole.getOrDefault(r.code(), List.of()), null)).toList();
    }
    return outreach(null, scope.period(), VisitCount.count(villageYears, false, true),
        VisitCount.count(villageYears, false, false), regencies);
  }

  private static Outreach outreach(Regency regency, ReportPeriod period, List<VisitCount> perYear,
      List<VisitCount> whole, List<Outreach> regencies) {
    Map<Integer, VisitCount> byYear = perYear.stream().collect(Collectors.toMap(VisitCount::year, v -> v));
    List<OutreachRow> rows = period.years().stream().map(year -> {
      VisitCount v = byYear.get(year);
      return v == null ? new OutreachRow(year, 0, 0, 0)
          : new OutreachRow(year, v.villages(), v.districts(), v.children());
    }).toList();
    OutreachTotals totals = whole.isEmpty() ? new OutreachTotals(0, 0, 0)
        : new OutreachTotals(whole.get(0).villages(), whole.get(0).districts(), whole.get(0).children());
    return new Outreach(regency == null ? null : regency.code(), regency == null ? null : regency.name(),
        period.fromYear(), period.toYear(), rows, totals, regencies);
  }

  // ---- prevention activities ------------------------------------------------------------------------------

  /**
   * One year of prevention activities (community groups' and the unit's own): how many of each kind
   * ({@code activities}, by kind code), and the participants by sex and age group.
   */
  public record PreventionRow(int year, Map<String, Long> activities, long totalActivities, long boys, long girls,
      long men, long women, long participants) {}

  /** The activity kinds in report order: code and label in Bahasa Indonesia. */
  public record Kind(String code, String label) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Prevention(String regencyCode, String regencyName, int fromYear, int toYear, List<Kind> kinds,
      List<PreventionRow> rows, PreventionRow totals, List<Prevention> regencies) {}

  public Prevention prevention(ReportScope scope) {
    List<Prevention> regencies = null;
    if (scope.byRegency()) {
      Map<String, List<ActivityCount>> byRegency = queries.activityCounts(scope, true).stream()
          .collect(Collectors.groupingBy(ActivityCount::regency));
      regencies = scope.regencies().stream().map(r -> prevention(r, scope.period(),
          byRegency.getOrDefault(r.code(), List.of()), null)).toList();
    }
    return prevention(null, scope.period(), queries.activityCounts(scope, false), regencies);
  }

  private static Prevention prevention(Regency regency, ReportPeriod period, List<ActivityCount> counts,
      List<Prevention> regencies) {
    List<PreventionRow> rows = period.years().stream()
        .map(year -> preventionRow(year, counts.stream().filter(c -> c.year() == year).toList())).toList();
    PreventionRow totals = preventionRow(0, counts);
    List<Kind> kinds = Arrays.stream(ActivityKind.values()).map(k -> new Kind(k.name(), k.label())).toList();
    return new Prevention(regency == null ? null : regency.code(), regency == null ? null : regency.name(),
        period.fromYear(), period.toYear(), kinds, rows, totals, regencies);
  }

  private static PreventionRow preventionRow(int year, List<ActivityCount> counts) {
    Map<String, Long> byKind = new LinkedHashMap<>();
    Arrays.stream(ActivityKind.values()).forEach(k -> byKind.put(k.name(), 0L));
    counts.forEach(c -> byKind.merge(c.kind(), c.activities(), Long::sum));
    long boys = counts.stream().mapToLong(ActivityCount::boys).sum();
    long girls = counts.stream().mapToLong(ActivityCount::girls).sum();
    long men = counts.stream().mapToLong(ActivityCount::men).sum();
    long women = counts.stream().mapToLong(ActivityCount::women).sum();
    return new PreventionRow(year, byKind, counts.stream().mapToLong(ActivityCount::activities).sum(), boys, girls,
        men, women, boys + girls + men + women);
  }

  // ---- referrals ------------------------------------------------------------------------------------------

  /**
   * One partner agency: every sending ends in exactly one of declined, completed, not completed, cancelled or
   * in progress, so {@code sent} is their sum.
   */
  public record AgencyRow(String agencyCode, String agencyName, long sent, long accepted, long declined,
      long completed, long notCompleted, long cancelled, long inProgress, long overdue,
      Double medianDaysToCompletion) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReferralOutcomes(String regencyCode, String regencyName, int fromYear, int toYear,
      List<AgencyRow> rows, AgencyRow totals, List<ReferralOutcomes> regencies) {}

  public ReferralOutcomes referrals(ReportScope scope) {
    Map<String, String> names = queries.agencyNames();
    LocalDate today = LocalDate.now(clock.withZone(zoneOf(scope)));
    ReferralCounts counts = queries.referralCounts(scope, today);
    List<ReferralOutcomes> regencies = null;
    if (scope.byRegency()) {
      regencies = scope.regencies().stream().map(r -> referrals(r, scope.period(), names, counts.events(r.code()),
          counts.states(r.code()), counts.median(r.code(), null), null)).toList();
    }
    return referrals(null, scope.period(), names, counts.events(null), counts.states(null),
        counts.median(null, null), regencies);
  }

  private static ReferralOutcomes referrals(Regency regency, ReportPeriod period, Map<String, String> names,
      List<ReferralEvents> events, List<ReferralStates> states, Double median, List<ReferralOutcomes> regencies) {
    Map<String, ReferralEvents> eventsOf = events.stream()
        .collect(Collectors.toMap(ReferralEvents::agency, Function.identity()));
    Map<String, ReferralStates> statesOf = states.stream()
        .collect(Collectors.toMap(ReferralStates::agency, Function.identity()));
    Set<String> codes = new LinkedHashSet<>(eventsOf.keySet());
    codes.addAll(statesOf.keySet());
    List<AgencyRow> rows = new ArrayList<>();
    for (String code : codes) {
      ReferralEvents e = eventsOf.get(code);
      ReferralStates s = statesOf.get(code);
      rows.add(new AgencyRow(code, names.getOrDefault(code, code), e == null ? 0 : e.sent(),
          e == null ? 0 : e.accepted(), e == null ? 0 : e.declined(), s == null ? 0 : s.completed(),
          s == null ? 0 : s.notCompleted(), s == null ? 0 : s.cancelled(), s == null ? 0 : s.inProgress(),
          s == null ? 0 : s.overdue(), s == null ? null : round(s.medianDaysToCompletion())));
    }
    rows.sort((a, b) -> a.agencyName().compareToIgnoreCase(b.agencyName()));
    return new ReferralOutcomes(regency == null ? null : regency.code(), regency == null ? null : regency.name(),
        period.fromYear(), period.toYear(), rows, totals(rows, round(median)), regencies);
  }

  /** The sums of the agency rows; the median over every agency comes from its own query (not a sum). */
  private static AgencyRow totals(List<AgencyRow> rows, Double median) {
    return new AgencyRow(null, "Jumlah", sum(rows, AgencyRow::sent), sum(rows, AgencyRow::accepted),
        sum(rows, AgencyRow::declined), sum(rows, AgencyRow::completed), sum(rows, AgencyRow::notCompleted),
        sum(rows, AgencyRow::cancelled), sum(rows, AgencyRow::inProgress), sum(rows, AgencyRow::overdue), median);
  }

  private static long sum(List<AgencyRow> rows, java.util.function.ToLongFunction<AgencyRow> field) {
    return rows.stream().mapToLong(field).sum();
  }

  // ---- timeliness -----------------------------------------------------------------------------------------

  /** One duration: how many cases reached it, median and 90th percentile in days. */
  public record DurationRow(String measure, String label, long cases, Double medianDays, Double p90Days) {}

  /**
   * One SLA stage: tasks completed, completed by their due date, completed late, still open, open past their
   * due date, overdue (late + open past due) and the share completed on time (null when none completed).
   */
  public record StageRow(String stage, String label, long completed, long onTime, long late, long open,
      long openOverdue, long overdue, Double onTimeShare) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Timeliness(String regencyCode, String regencyName, int fromYear, int toYear,
      List<DurationRow> durations, List<StageRow> stages, List<Timeliness> regencies) {}

  public Timeliness timeliness(ReportScope scope) {
    java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
    List<Timeliness> regencies = null;
    // One read of each tally, per regency; the scope's totals are summed from the regencies' rows.
    TimelinessCounts durations = queries.timelinessCounts(scope);
    List<TaskCounts> taskRows = queries.taskCounts(scope, now);
    if (scope.byRegency()) {
      Map<String, List<TaskCounts>> tasks = taskRows.stream().collect(Collectors.groupingBy(TaskCounts::regency));
      regencies = scope.regencies().stream().map(r -> timeliness(r, scope.period(), durations.durations(r.code()),
          tasks.getOrDefault(r.code(), List.of()), null)).toList();
    }
    return timeliness(null, scope.period(), durations.durations(null), taskRows, regencies);
  }

  private static Timeliness timeliness(Regency regency, ReportPeriod period, Durations d, List<TaskCounts> tasks,
      List<Timeliness> regencies) {
    List<DurationRow> durations = List.of(
        new DurationRow("TRIAGE", MEASURES.get("TRIAGE"), d == null ? 0 : d.triaged(),
            d == null ? null : round(d.triageMedian()), d == null ? null : round(d.triageP90())),
        new DurationRow("FIRST_REFERRAL_COMPLETED", MEASURES.get("FIRST_REFERRAL_COMPLETED"),
            d == null ? 0 : d.referred(), d == null ? null : round(d.referralMedian()),
            d == null ? null : round(d.referralP90())),
        new DurationRow("TERMINATION", MEASURES.get("TERMINATION"), d == null ? 0 : d.terminated(),
            d == null ? null : round(d.terminationMedian()), d == null ? null : round(d.terminationP90())));
    Map<String, long[]> byStage = new LinkedHashMap<>();
    STAGES.keySet().forEach(stage -> byStage.put(stage, new long[4]));
    for (TaskCounts t : tasks) {
      String stage = STAGE_OF_TASK.getOrDefault(t.taskKey(), t.taskKey());
      long[] n = byStage.computeIfAbsent(stage, k -> new long[4]);
      n[0] += t.completed();
      n[1] += t.onTime();
      n[2] += t.open();
      n[3] += t.openOverdue();
    }
    List<StageRow> stages = new ArrayList<>();
    byStage.forEach((stage, n) -> stages.add(new StageRow(stage, STAGES.getOrDefault(stage, stage), n[0], n[1],
        n[0] - n[1], n[2], n[3], n[0] - n[1] + n[3], n[0] == 0 ? null : round((double) n[1] / n[0], 3))));
    return new Timeliness(regency == null ? null : regency.code(), regency == null ? null : regency.name(),
        period.fromYear(), period.toYear(), durations, stages, regencies);
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  /** The zone of a scope whose codes share one (every code of a province does); WIB otherwise. */
  static ZoneId zoneOf(ReportScope scope) {
    Set<ZoneId> zones = scope.regions().codes().stream().map(UnitTimeZones::of).collect(Collectors.toSet());
    return zones.size() == 1 ? zones.iterator().next() : UnitTimeZones.WIB;
  }

  private static Double round(Double value) {
    return value == null ? null : round(value, 1);
  }

  private static Double round(double value, int decimals) {
    double factor = Math.pow(10, decimals);
    return Math.round(value * factor) / factor;
  }

  private static Map<String, String> stages() {
    Map<String, String> stages = new LinkedHashMap<>();
    stages.put("TRIAGE", "Triase pengaduan");
    stages.put("SAFETY", "Respons keselamatan segera");
    stages.put("ASSIGNMENT", "Penunjukan pekerja sosial");
    stages.put("ASSESSMENT", "Asesmen");
    stages.put("PLANNING", "Rencana layanan");
    stages.put("APPROVAL", "Persetujuan supervisor");
    stages.put("REFERRAL_ACCEPTANCE", "Penerimaan rujukan");
    stages.put("REFERRAL_COMPLETION", "Pelaksanaan layanan rujukan");
    stages.put("VERIFICATION", "Verifikasi layanan");
    stages.put("REROUTE", "Pengalihan ke mitra lain");
    stages.put("MONITORING", "Monitoring dan evaluasi");
    return java.util.Collections.unmodifiableMap(stages);
  }

  private static Map<String, String> measures() {
    Map<String, String> measures = new LinkedHashMap<>();
    measures.put("TRIAGE", "Pengaduan sampai triase selesai");
    measures.put("FIRST_REFERRAL_COMPLETED", "Pengaduan sampai rujukan pertama selesai");
    measures.put("TERMINATION", "Pengaduan sampai terminasi");
    return java.util.Collections.unmodifiableMap(measures);
  }
}
