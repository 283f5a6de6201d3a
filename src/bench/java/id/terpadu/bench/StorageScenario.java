package id.terpadu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Storage per closed case: N complaints taken through the whole case process by the demo users over HTTP (intake,
 * triage, assignment, assessment, a service plan with one referral, its approval, a monitoring contact proposing
 * termination, the termination's approval: the case closes and its open referral is cancelled), measured as the
 * growth of every table of the application's database (engine runtime and history, domain tables, their indexes
 * and TOAST: {@code pg_total_relation_size}) divided by N: what a closed case keeps. Two kinds of rows leave again and
 * are reported apart, not counted: the engine's runtime rows (a closed case has none; the space its open life used is
 * reused by the next cases once autovacuum has run, so the runtime tables are measured by their live rows, after
 * {@code VACUUM FULL}, and what a closed case left in them is counted) and the mail outbox (sent mails are removed
 * after {@code terpadu.notification.outbox.keep-sent}, 30 days). Reference: the bare engine's one-user-task process
 * started and completed N times with full history, measured the same way. Target: ≤ 60 KB per closed case.
 */
final class StorageScenario implements Scenario {

  private static final ZoneId UNIT_ZONE = ZoneId.of("Asia/Jakarta");
  private static final int CLIENTS = 4;
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public String name() {
    return "storage";
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    int cases = context.options().size(1_000, 200);
    int warmUp = context.options().size(50, 20);
    Footprint reference = referenceFootprint(context.reference(), cases, warmUp);

    AppNode node = context.node();
    SyntheticPeople people = new SyntheticPeople(List.of("3504"), 11, 0);
    int first = 2_000_000;
    Load.rate(CLIENTS, first, warmUp, i -> closeOneCase(node, people, i));
    Footprint footprint = Footprint.of(context.app(), () -> Load.rate(CLIENTS, first + warmUp, cases,
        i -> closeOneCase(node, people, i)));
    footprint.kept().forEach((table, bytes) -> System.out.printf("   storage kept: %-32s %8.2f KB per case%n",
        table, bytes / 1024.0 / cases));
    footprint.leaving().forEach((table, bytes) -> System.out.printf("   storage leaving: %-29s %8.2f KB per case%n",
        table, bytes / 1024.0 / cases));
    String top = footprint.kept().entrySet().stream().limit(8)
        .map(e -> e.getKey() + " " + Measurement.fmt(e.getValue() / 1024.0 / cases))
        .collect(Collectors.joining(", "));
    return List.of(Measurement.below(name(), "storage per closed case (KB)", footprint.keptBytes() / 1024.0 / cases,
        reference.keptBytes() / 1024.0 / cases, 60, "KB", cases + " cases closed through the API (intake, triage, "
            + "assignment, assessment, plan with one referral, approval, monitoring contact, termination approved; "
            + "4 clients), growth of all tables with indexes after VACUUM, the engine's runtime tables by their live "
            + "rows (after VACUUM FULL); largest per case (KB): " + top + "; not counted, as they leave again: the "
            + "runtime tables' space while the cases were open, reused once autovacuum has run, and the mail outbox "
            + "(sent mails removed after 30 days): " + Measurement.fmt(footprint.leavingBytes() / 1024.0 / cases)
            + " KB per case; reference: bare one-user-task process started and completed, history full, measured "
            + "the same way"));
  }

  /** One complaint taken to a closed case through the API, as the unit's staff do it. */
  private void closeOneCase(AppNode node, SyntheticPeople people, int i) throws Exception {
    String complaint = Complaints.json(people.person(i), i).replace("\"childInDanger\":true", "\"childInDanger\":false");
    JsonNode created = json.readTree(AppNode.expect(node.postJson("petugas", "/api/complaints", complaint), 201)
        .body());
    String instance = created.path("processInstanceId").asText();
    String today = LocalDate.now(UNIT_ZONE).toString();
    String target = LocalDate.now(UNIT_ZONE).plusDays(21).toString();
    work(node, "pengawas", instance, "Task_TriageComplaint", "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},"
        + "\"riskLevel\":{\"value\":\"LOW\"},\"primaryCategory\":{\"value\":\"KEPENDUDUKAN\"}}");
    work(node, "pengawas", instance, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    work(node, "peksos1", instance, "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Belum punya akta kelahiran.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");
    work(node, "peksos1", instance, "Task_DraftServicePlan",
        "{\"confidentialPlanGoals\":{\"value\":\"Akta kelahiran terbit.\"},"
            + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":" + quoted("[{\"serviceType\":"
            + "\"BIRTH_CERTIFICATE\",\"agencyCode\":\"dukcapil\",\"targetDate\":\"" + target + "\"}]") + "}}");
    work(node, "pengawas", instance, "Task_ApproveServicePlan", "{\"planDecision\":{\"value\":\"APPROVED\"}}");
    work(node, "peksos1", instance, "Task_MonitorCase", "{\"contactType\":{\"value\":\"HOME_VISIT\"},"
        + "\"contactDate\":{\"value\":\"" + today + "\"},\"childSituation\":{\"value\":\"IMPROVED\"},"
        + "\"confidentialMonitoringNote\":{\"value\":\"Anak sehat, akta sudah diurus keluarga.\"},"
        + "\"nextStep\":{\"value\":\"PROPOSE_TERMINATION\"},\"terminationReason\":{\"value\":\"GOALS_MET\"},"
        + "\"confidentialTerminationSummary\":{\"value\":\"Tujuan layanan tercapai.\"}}");
    work(node, "pengawas", instance, "Task_ApproveTermination",
        "{\"terminationDecision\":{\"value\":\"APPROVED\"}}");
    JsonNode open = json.readTree(AppNode.expect(node.get("pengawas",
        "/engine-rest/process-instance?processInstanceIds=" + instance), 200).body());
    if (open.size() != 0) {
      throw new IllegalStateException("Case process " + instance + " did not end after the termination's approval");
    }
  }

  private void work(AppNode node, String user, String instance, String key, String variables) throws Exception {
    JsonNode tasks = json.readTree(AppNode.expect(node.get(user, "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=" + key), 200).body());
    if (tasks.size() != 1) {
      throw new IllegalStateException(tasks.size() + " tasks " + key + " in " + instance + " for " + user);
    }
    String id = tasks.get(0).path("id").asText();
    AppNode.expect(node.postJson(user, "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}"), 204);
    AppNode.expect(node.postJson(user, "/engine-rest/task/" + id + "/complete", "{\"variables\":" + variables + "}"),
        204);
  }

  private static String quoted(String raw) {
    return "\"" + raw.replace("\"", "\\\"") + "\"";
  }

  /** What the bare engine's database keeps for {@code count} started and completed one-task instances. */
  private static Footprint referenceFootprint(Database db, int count, int warmUp) throws Exception {
    try (BareEngine bare = BareEngine.start(db, "bench-storage", false, false)) {
      bare.deployOneTaskProcess(BareEngine.ONE_TASK, "caseworker-3504");
      var runtime = bare.engine().getRuntimeService();
      var tasks = bare.engine().getTaskService();
      Load.Call oneInstance = i -> {
        String instance = runtime.startProcessInstanceByKey(BareEngine.ONE_TASK, "storage-" + i).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
      };
      Load.rate(CLIENTS, 0, warmUp, oneInstance);
      return Footprint.of(db, () -> Load.rate(CLIENTS, warmUp, count, oneInstance));
    }
  }

  /**
   * What a piece of work leaves in a database: {@code kept}, growth per table of what stays (runtime tables by their
   * live rows), and {@code leaving}, growth of what goes again (runtime tables' space in use while the work ran, the
   * outbox's sent mails).
   */
  record Footprint(Map<String, Long> kept, Map<String, Long> leaving) {

    interface Work {
      void run() throws Exception;
    }

    static Footprint of(Database db, Work work) throws Exception {
      Map<String, Long> before = liveSizes(db);
      work.run();
      Map<String, Long> highWater = tableSizes(db);
      Map<String, Long> after = liveSizes(db);
      Map<String, Long> kept = new LinkedHashMap<>();
      Map<String, Long> leaving = new LinkedHashMap<>();
      growth(after, highWater).forEach((table, bytes) -> {
        if (runtime(table)) {
          leaving.put(table, bytes);
        }
      });
      growth(before, after).forEach((table, bytes) -> (stays(table) ? kept : leaving).put(table, bytes));
      return new Footprint(kept, leaving);
    }

    long keptBytes() {
      return kept.values().stream().mapToLong(Long::longValue).sum();
    }

    long leavingBytes() {
      return leaving.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * The engine's runtime tables, whose rows of a case are deleted when it closes; not the meter logs, which stay
   * until the engine's history cleanup.
   */
  static boolean runtime(String table) {
    return table.startsWith("act_ru_") && !table.endsWith("meter_log");
  }

  /** Whether a table's growth stays: every table but the mail outbox, whose sent mails are removed after 30 days. */
  static boolean stays(String table) {
    return !table.equals("outbox_message");
  }

  /** {@link #tableSizes} after the runtime tables were rewritten with their live rows only ({@code VACUUM FULL}). */
  static Map<String, Long> liveSizes(Database db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String table : sizes(s).keySet()) {
        if (runtime(table)) {
          s.execute("VACUUM FULL " + table);
        }
      }
    }
    return tableSizes(db);
  }

  /** Every table's size with its indexes and TOAST, after a VACUUM (dead rows' space becomes reusable). */
  static Map<String, Long> tableSizes(Database db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("VACUUM");
      return sizes(s);
    }
  }

  /** Every table of the schema with its size (indexes and TOAST included), as it is now. */
  private static Map<String, Long> sizes(Statement s) throws Exception {
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (ResultSet r = s.executeQuery("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()")) {
      while (r.next()) {
        sizes.put(r.getString(1), r.getLong(2));
      }
    }
    return sizes;
  }

  /** Growth per table, largest first (tables whose size did not change are left out). */
  static Map<String, Long> growth(Map<String, Long> before, Map<String, Long> after) {
    return after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() != 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }
}
