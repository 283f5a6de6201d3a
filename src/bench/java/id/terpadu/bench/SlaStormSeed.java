package id.terpadu.bench;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Seeds N due SLA breaches of Terpadu's real case process and lets them fall due at once (the SLA storm of issue
 * 11; also usable by fault tests that kill a node during the storm).
 *
 * <p>Use: {@code try (SlaStormSeed seed = SlaStormSeed.open(db)) { Batch b = seed.seed("one", 10_000, 4);
 * seed.release(); ... b.awaitEscalated(db, timeout); b.check(db); }}. The application must have deployed its models
 * on the database before (start a node first).
 *
 * <p>How: a bare engine on the application's database (no job executor, authorization off) starts
 * {@code Process_CaseManagement} (the latest version the application deployed) before its triage task, with the
 * variables the intake sets (case id and number, regency, risk {@code MEDIUM}). The task and its non-interrupting
 * boundary timer {@code Timer_TriageComplaintDue} are the model's own; only the two expressions that need
 * Terpadu's beans are answered by the seed: the task's due date ({@code deadlines.due}) is ten minutes ago, and the
 * timer's cycle ({@code slaEscalation.cycle}) is what {@code SlaEscalation} writes for triage at medium risk
 * ({@code R2/<due>/P2D}: three levels two days apart). While seeding, the timer's job definition is suspended, so
 * the new timer jobs are created suspended and no node fires them; {@link #release()} activates the job definition
 * and its jobs in one statement: every seeded breach falls due at the same moment and the nodes' job executors
 * run the real {@code slaEscalation.escalate} (breach row, {@code slaBreach} incident, outbox mail) for each.
 */
public final class SlaStormSeed implements AutoCloseable {

  public static final String PROCESS = "Process_CaseManagement";
  public static final String TASK = "Task_TriageComplaint";
  public static final String TIMER = "Timer_TriageComplaintDue";
  /** The two demo units: their supervisor groups have members, so every breach has mail recipients. */
  static final String[] REGENCIES = {"3504", "3503"};
  private static final String PERIOD = "P2D";

  private final ProcessEngine engine;
  private final String jobDefinitionId;

  private SlaStormSeed(ProcessEngine engine, String jobDefinitionId) {
    this.engine = engine;
    this.jobDefinitionId = jobDefinitionId;
  }

  /** A bare engine on Terpadu's database, for seeding only (no job executor). */
  public static SlaStormSeed open(Database db) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("bench-sla-seed");
    config.setJdbcUrl(db.url());
    config.setJdbcUsername(db.user());
    config.setJdbcPassword(db.password());
    config.setJdbcDriver("org.postgresql.Driver");
    config.setJdbcMaxActiveConnections(10);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    BareEngine.historyAsStored(config, db);
    config.setAuthorizationEnabled(false);
    config.setJobExecutorActivate(false);
    config.setMetricsEnabled(false);
    Map<Object, Object> beans = new HashMap<>();
    beans.put("deadlines", new Deadlines());
    beans.put("slaEscalation", new Cycles());
    config.setBeans(beans);
    ProcessEngine engine = config.buildProcessEngine();
    ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult();
    if (latest == null) {
      engine.close();
      throw new IllegalStateException(PROCESS + " is not deployed: start an application node first");
    }
    JobDefinition timer = engine.getManagementService().createJobDefinitionQuery()
        .processDefinitionId(latest.getId()).activityIdIn(TIMER).singleResult();
    removeHeldLeftovers(engine, timer.getId());
    return new SlaStormSeed(engine, timer.getId());
  }

  /**
   * A run interrupted while seeding leaves timers held (suspended) that the next {@link #release()} would let fall
   * due with its own batch: their process instances are removed first.
   */
  private static void removeHeldLeftovers(ProcessEngine engine, String jobDefinitionId) {
    List<String> instances = engine.getManagementService().createJobQuery().jobDefinitionId(jobDefinitionId)
        .suspended().list().stream().map(Job::getProcessInstanceId).distinct().toList();
    if (!instances.isEmpty()) {
      System.out.println("   removing " + instances.size() + " seeded instances left held by an interrupted run");
      engine.getRuntimeService().deleteProcessInstances(instances, "held by an interrupted benchmark run", true, true);
    }
  }

  /**
   * Starts {@code count} case processes at the triage task, due ten minutes ago, their timers held until
   * {@link #release()}; business keys {@code sla-<tag>-<i>}, case numbers {@code SLA/<tag>/<i>}.
   */
  public Batch seed(String tag, int count, int threads) throws Exception {
    ManagementService management = engine.getManagementService();
    management.suspendJobDefinitionById(jobDefinitionId, false);
    Instant due = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    // The engine computes a cycle's first firing as the first date of the cycle after "now": seed a moment
    // before the due date, so that the first firing is the due date itself (as for a task created on time).
    ClockUtil.setCurrentTime(Date.from(due.minus(1, ChronoUnit.MINUTES)));
    try {
      Date dueDate = Date.from(due);
      Load.rate(threads, 0, count, i -> {
        String regency = REGENCIES[i % REGENCIES.length];
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", 900_000_000L + i);
        variables.put("caseNumber", caseNumber(tag, i));
        variables.put("regency", regency);
        variables.put("channel", "HOTLINE");
        variables.put("riskLevel", "MEDIUM");
        variables.put("childInDanger", false);
        variables.put("seedDue", dueDate);
        engine.getRuntimeService().createProcessInstanceByKey(PROCESS).businessKey("sla-" + tag + "-" + i)
            .setVariables(variables).startBeforeActivity(TASK).execute(true, true);
      });
    } finally {
      ClockUtil.reset();
    }
    long held = management.createJobQuery().activityId(TIMER).suspended().count();
    if (held < count) {
      throw new IllegalStateException("Only " + held + " of " + count + " seeded timers are held (suspended)");
    }
    return new Batch(tag, count, due);
  }

  /** Lets every held triage timer fall due at once: activates the job definition and its jobs. */
  public void release() {
    engine.getManagementService().activateJobDefinitionById(jobDefinitionId, true);
  }

  static String caseNumber(String tag, int i) {
    return "SLA/" + tag + "/" + i;
  }

  @Override
  public void close() {
    engine.close();
  }

  /** The due date of the seeded tasks (the seed's stand-in for {@code Deadlines}). */
  public static final class Deadlines {
    public Date due(DelegateExecution execution, String stage) {
      return (Date) execution.getVariable("seedDue");
    }
  }

  /** The timer cycle {@code SlaEscalation.cycle} writes for triage at medium risk (three levels, P2D apart). */
  public static final class Cycles {
    public String cycle(DelegateExecution execution, String stage) {
      Date due = (Date) execution.getVariable("seedDue");
      return "R2/" + DateTimeFormatter.ISO_INSTANT.format(due.toInstant()) + "/" + PERIOD;
    }
  }

  /** One seeded storm: what was seeded and how to check what the nodes made of it. */
  public record Batch(String tag, int count, Instant due) {

    private String caseNumbers() {
      return "'SLA/" + tag + "/%'";
    }

    /** Level-1 breaches recorded so far (distinct tasks). */
    public long escalated(Database db) throws Exception {
      return db.queryLong("SELECT count(DISTINCT task_id) FROM sla_breach WHERE level = 1 AND case_number LIKE "
          + caseNumbers());
    }

    /** Waits until every seeded task has its level-1 breach; fails with the progress after {@code timeoutMillis}. */
    public void awaitEscalated(Database db, long timeoutMillis) throws Exception {
      long deadline = System.currentTimeMillis() + timeoutMillis;
      long done = 0;
      while (System.currentTimeMillis() < deadline) {
        done = escalated(db);
        if (done >= count) {
          return;
        }
        Thread.sleep(1_000);
      }
      throw new IllegalStateException("SLA storm " + tag + ": " + done + " of " + count + " escalated after "
          + timeoutMillis / 1000 + " s");
    }

    /** Milliseconds from the first escalation to the last one (their {@code breached_at}). */
    public long spanMillis(Database db) throws Exception {
      return db.queryLong("SELECT CAST(1000 * EXTRACT(EPOCH FROM max(breached_at) - min(breached_at)) AS BIGINT) "
          + "FROM sla_breach WHERE level = 1 AND case_number LIKE " + caseNumbers());
    }

    /**
     * What the nodes made of the storm, from the database: exactly one level-1 breach, one open {@code slaBreach}
     * incident and the same number of reminder mails per seeded task, no duplicate mail, no failed job.
     */
    public Check check(Database db) throws Exception {
      String seededTasks = "SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_ "
          + "WHERE p.business_key_ LIKE 'sla-" + tag + "-%' AND t.task_def_key_ = '" + TASK + "'";
      String seededInstances = "SELECT id_ FROM act_ru_execution WHERE id_ = proc_inst_id_ AND business_key_ LIKE 'sla-"
          + tag + "-%'";
      long tasks = db.queryLong("SELECT count(*) FROM (" + seededTasks + ") s");
      long breaches = db.queryLong("SELECT count(*) FROM sla_breach WHERE case_number LIKE " + caseNumbers());
      long breachTasks = escalated(db);
      long incidents = db.queryLong("SELECT count(*) FROM act_ru_incident WHERE incident_type_ = 'slaBreach' "
          + "AND proc_inst_id_ IN (" + seededInstances + ")");
      long incidentTasks = db.queryLong("SELECT count(DISTINCT configuration_) FROM act_ru_incident "
          + "WHERE incident_type_ = 'slaBreach' AND proc_inst_id_ IN (" + seededInstances + ")");
      long failedJobs = db.queryLong("SELECT count(*) FROM act_ru_incident WHERE incident_type_ = 'failedJob' "
          + "AND proc_inst_id_ IN (" + seededInstances + ")");
      String mails = "FROM outbox_message WHERE notification_type = 'DEADLINE_REMINDER' AND reference IN "
          + "(SELECT 'task:' || id_ FROM (" + seededTasks + ") s)";
      long mailRows = db.queryLong("SELECT count(*) " + mails);
      long mailDistinct = db.queryLong("SELECT count(DISTINCT (reference, recipient)) " + mails);
      long mailTasks = db.queryLong("SELECT count(DISTINCT reference) " + mails);
      return new Check(count, tasks, breaches, breachTasks, incidents, incidentTasks, failedJobs, mailRows,
          mailDistinct, mailTasks);
    }
  }

  /** Counts for {@link Batch#check}; {@link #exactlyOnce()} is the verdict. */
  public record Check(long seeded, long tasks, long breaches, long breachTasks, long incidents, long incidentTasks,
      long failedJobs, long mailRows, long mailDistinct, long mailTasks) {

    public boolean exactlyOnce() {
      return wrong() == 0;
    }

    /** Tasks missing or duplicated in any of the counts, and failed jobs (0 when exactly once). */
    public long wrong() {
      return Math.abs(seeded - tasks) + Math.abs(seeded - breaches) + Math.abs(seeded - breachTasks)
          + Math.abs(seeded - incidents) + Math.abs(seeded - incidentTasks) + failedJobs
          + (mailRows - mailDistinct) + Math.abs(seeded - mailTasks);
    }

    @Override
    public String toString() {
      return seeded + " seeded, " + tasks + " tasks, " + breaches + " breach rows (" + breachTasks + " tasks), "
          + incidents + " slaBreach incidents (" + incidentTasks + " tasks), " + failedJobs + " failed jobs, "
          + mailRows + " reminder mails (" + mailDistinct + " distinct, " + mailTasks + " tasks)";
    }
  }
}
