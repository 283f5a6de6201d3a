package id.terpadu.reporting;

import id.terpadu.casefile.CaseDatesChanged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.reporting.TaskStageParts.Part;
import id.terpadu.reporting.TaskStageParts.Task;
import id.terpadu.transfer.CaseTransferred;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the timeliness report's task stages (V53, ADR 0036) in step with the engine: when a task of a case's process
 * instances is created, completed, deleted or gets another due date ({@link TaskStageEvents}), or the case moves to
 * another regency or its receipt changes, the case's parts are recomputed from the engine's history just before the
 * transaction commits (after the engine has written it), and the difference is added to the sums per regency, year
 * and task definition. The work is that of one case, however large the province. Locking and ordering as the other
 * tallies ({@link TallySupport}).
 */
@Component
public class TaskStageTally {

  private static final Logger LOG = LoggerFactory.getLogger(TaskStageTally.class);
  /** What a rebuild rewrites. */
  private static final String[] TABLES = {"task_stage_part", "task_stage_sums"};
  private static final int CHUNK = 2_000;
  private static final String MARKER = "task-stages";
  private static final List<String> KEYS = List.of("regency_code", "receipt_year", "task_key");
  private static final String CASES = "SELECT c.id, c.regency_code, c.district_code, c.village_code, c.received_at"
      + " FROM child_case c";
  private static final String TASKS = "SELECT c.id AS case_id, t.ID_, t.TASK_DEF_KEY_, t.DUE_DATE_, t.END_TIME_,"
      + " t.DELETE_REASON_ FROM child_case c JOIN ACT_HI_PROCINST p ON p.BUSINESS_KEY_ = c.case_number"
      + " JOIN ACT_HI_TASKINST t ON t.PROC_INST_ID_ = p.PROC_INST_ID_";

  private final TallySupport support;
  private final JdbcTemplate jdbc;

  TaskStageTally(TallySupport support) {
    this.support = support;
    this.jdbc = support.jdbc();
  }

  @EventListener
  public void on(CaseTransferred event) {
    touch(List.of(event.caseId()));
  }

  @EventListener
  public void on(CaseDatesChanged event) {
    touch(event.caseIds());
  }

  /** Builds the tally in the background on the first start after the upgrade (V53 leaves a marker). */
  @EventListener(ApplicationReadyEvent.class)
  public void fillWhenMissing() {
    support.buildWhenMissing("Task stage tally", MARKER, LOG, this::rebuildLocked, TABLES);
  }

  /**
   * Recomputes every part and sum from the case table and the engine's history, in one transaction that holds the
   * lock. Parts of tasks no longer in the history stay.
   *
   * @return the number of tasks with a due date counted
   */
  public int rebuildAll() {
    return support.rebuild(MARKER, this::rebuildLocked, TABLES);
  }

  /** Marks cases whose tasks changed, for recounting just before the transaction commits. */
  public void touch(List<Long> caseIds) {
    support.touch(this, caseIds, this::recount);
  }

  /** The case of a process's business key (a case number), or null when there is none. */
  public Long caseOfBusinessKey(String businessKey) {
    List<Long> ids = jdbc.queryForList("SELECT id FROM child_case WHERE case_number = ?", Long.class, businessKey);
    return ids.isEmpty() ? null : ids.get(0);
  }

  private int rebuildLocked() {
    jdbc.update("DELETE FROM task_stage_sums");
    int count = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<TaskStageParts.Case> cases = cases(" WHERE c.id > ? ORDER BY c.id FETCH FIRST " + CHUNK + " ROWS ONLY",
          after);
      if (cases.isEmpty()) {
        break;
      }
      long first = cases.get(0).id();
      long last = cases.get(cases.size() - 1).id();
      Map<Long, List<Task>> history = tasks(" WHERE c.id >= ? AND c.id <= ?", first, last);
      Map<Long, List<Part>> earlier = parts(" WHERE case_id >= ? AND case_id <= ?", first, last);
      List<Part> parts = new ArrayList<>();
      for (TaskStageParts.Case c : cases) {
        parts.addAll(TaskStageParts.of(c, history.getOrDefault(c.id(), List.of()),
            earlier.getOrDefault(c.id(), List.of())));
      }
      jdbc.update("DELETE FROM task_stage_part WHERE case_id >= ? AND case_id <= ?", first, last);
      insertParts(parts);
      count += parts.size();
      after = last;
    }
    jdbc.update("INSERT INTO task_stage_sums (regency_code, receipt_year, task_key, completed, on_time)"
        + " SELECT regency_code, receipt_year, task_key, COUNT(*),"
        + " SUM(CASE WHEN status = '" + TaskStageParts.ON_TIME + "' THEN 1 ELSE 0 END) FROM task_stage_part"
        + " WHERE status <> '" + TaskStageParts.OPEN + "' GROUP BY regency_code, receipt_year, task_key");
    return count;
  }

  /** Replaces the parts of the cases (in id order) and adds the difference to the sums (in key order). */
  private void recount(Set<Long> caseIds) {
    support.flushEntities();
    support.lock(false);
    TallySupport.Deltas deltas = support.deltas("task_stage_sums", KEYS, "completed", "on_time");
    for (long id : caseIds) {
      List<Part> earlier = parts(" WHERE case_id = ?", id).getOrDefault(id, List.of());
      earlier.forEach(p -> add(deltas, p, -1));
      List<TaskStageParts.Case> kase = cases(" WHERE c.id = ?", id);
      List<Part> parts = kase.isEmpty() ? List.of()
          : TaskStageParts.of(kase.get(0), tasks(" WHERE c.id = ?", id).getOrDefault(id, List.of()), earlier);
      parts.forEach(p -> add(deltas, p, 1));
      writeDifference(earlier, parts);
    }
    deltas.apply();
  }

  /**
   * Writes only what changed between a case's stored parts and its recounted ones: a recount runs on every task
   * event of the case, and rewriting all its parts each time left a dead row per part per event.
   */
  private void writeDifference(List<Part> earlier, List<Part> parts) {
    Map<String, Part> gone = new HashMap<>();
    earlier.forEach(p -> gone.put(p.taskId(), p));
    List<Part> added = new ArrayList<>();
    List<Part> changed = new ArrayList<>();
    for (Part p : parts) {
      Part stored = gone.remove(p.taskId());
      if (stored == null) {
        added.add(p);
      } else if (!stored.equals(p)) {
        changed.add(p);
      }
    }
    if (!gone.isEmpty()) {
      jdbc.batchUpdate("DELETE FROM task_stage_part WHERE task_id = ?", List.copyOf(gone.keySet()), 1_000,
          (ps, taskId) -> ps.setString(1, taskId));
    }
    if (!changed.isEmpty()) {
      jdbc.batchUpdate("UPDATE task_stage_part SET case_id = ?, regency_code = ?, district_code = ?,"
          + " village_code = ?, receipt_year = ?, task_key = ?, due_date = ?, status = ? WHERE task_id = ?", changed,
          1_000, (ps, p) -> {
            ps.setLong(1, p.caseId());
            ps.setString(2, p.regency());
            ps.setString(3, p.district());
            ps.setString(4, p.village());
            ps.setInt(5, p.receiptYear());
            ps.setString(6, p.taskKey());
            ps.setTimestamp(7, p.dueDate());
            ps.setString(8, p.status());
            ps.setString(9, p.taskId());
          });
    }
    insertParts(added);
  }

  private static void add(TallySupport.Deltas deltas, Part p, int sign) {
    if (p.completed()) {
      deltas.add(List.of(p.regency(), p.receiptYear(), p.taskKey()), sign, 1, p.onTime() ? 1 : 0);
    }
  }

  private List<TaskStageParts.Case> cases(String where, Object... args) {
    return jdbc.query(CASES + where, (rs, i) -> {
      String regency = rs.getString("regency_code");
      OffsetDateTime received = rs.getObject("received_at", OffsetDateTime.class);
      return new TaskStageParts.Case(rs.getLong("id"), regency,
          rs.getString("district_code"), rs.getString("village_code"),
          received.toInstant().atZone(UnitTimeZones.of(regency)).getYear());
    }, args);
  }

  private Map<Long, List<Task>> tasks(String where, Object... args) {
    Map<Long, List<Task>> byCase = new HashMap<>();
    jdbc.query(TASKS + where, rs -> {
      byCase.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(new Task(rs.getString("ID_"),
          rs.getString("TASK_DEF_KEY_"), rs.getTimestamp("DUE_DATE_"), rs.getTimestamp("END_TIME_"),
          rs.getString("DELETE_REASON_")));
    }, args);
    return byCase;
  }

  private Map<Long, List<Part>> parts(String where, Object... args) {
    Map<Long, List<Part>> byCase = new HashMap<>();
    jdbc.query("SELECT * FROM task_stage_part" + where, rs -> {
      Part p = part(rs);
      byCase.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p);
    }, args);
    return byCase;
  }

  private void insertParts(List<Part> parts) {
    if (parts.isEmpty()) {
      return;
    }
    jdbc.batchUpdate("INSERT INTO task_stage_part (task_id, case_id, regency_code, district_code, village_code,"
        + " receipt_year, task_key, due_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", parts, 1_000, (ps, p) -> {
          ps.setString(1, p.taskId());
          ps.setLong(2, p.caseId());
          ps.setString(3, p.regency());
          ps.setString(4, p.district());
          ps.setString(5, p.village());
          ps.setInt(6, p.receiptYear());
          ps.setString(7, p.taskKey());
          ps.setTimestamp(8, p.dueDate());
          ps.setString(9, p.status());
        });
  }

  private static Part part(ResultSet rs) throws SQLException {
    return new Part(rs.getString("task_id"), rs.getLong("case_id"), rs.getString("regency_code"),
        rs.getString("district_code"), rs.getString("village_code"), rs.getInt("receipt_year"),
        rs.getString("task_key"), rs.getTimestamp("due_date"), rs.getString("status"));
  }
}
