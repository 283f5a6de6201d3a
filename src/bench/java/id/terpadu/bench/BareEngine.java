package id.terpadu.bench;

import id.terpadu.process.CaseAuditHistoryLevel;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The reference: a bare Camunda engine (no Spring, no Terpadu) with the application's history level
 * ({@code full}), on a database of the same PostgreSQL server. Terpadu's figures are divided by what this engine
 * does for the nearest equivalent work in the same run.
 */
final class BareEngine implements AutoCloseable {

  static final String ONE_TASK = "Process_BenchOneTask";

  private final ProcessEngine engine;

  private BareEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * @param authorization whether authorization checks are on (on for seeding Terpadu's own database, so that
   *     the engine writes the same task authorizations as the application would)
   * @param jobExecutor whether this engine runs jobs
   */
  static BareEngine start(Database db, String name, boolean authorization, boolean jobExecutor) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName(name);
    config.setJdbcUrl(db.url());
    config.setJdbcUsername(db.user());
    config.setJdbcPassword(db.password());
    config.setJdbcDriver("org.postgresql.Driver");
    // With the job executor: its up to 10 threads each need a connection, and a failed job opens a second one.
    config.setJdbcMaxActiveConnections(jobExecutor ? 20 : 10);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    historyAsStored(config, db);
    config.setAuthorizationEnabled(authorization);
    config.setJobExecutorActivate(jobExecutor);
    config.setMetricsEnabled(false);
    return new BareEngine(config.buildProcessEngine());
  }

  /**
   * The history level of an engine on {@code db}: the one the database stores, so that an engine seeding the
   * application's database writes history as the application does (level {@code case-audit}, ADR 0035) and the
   * engine's start-up check agrees; {@code full} on a database without the engine's tables yet (the references).
   */
  static void historyAsStored(ProcessEngineConfigurationImpl config, Database db) {
    config.setCustomHistoryLevels(List.of(CaseAuditHistoryLevel.INSTANCE));
    long stored;
    try {
      stored = db.queryLong("SELECT CAST(value_ AS BIGINT) FROM act_ge_property WHERE name_ = 'historyLevel'");
    } catch (SQLException noEngineTablesYet) {
      stored = HistoryLevel.HISTORY_LEVEL_FULL.getId();
    }
    config.setHistory(stored == CaseAuditHistoryLevel.ID ? CaseAuditHistoryLevel.NAME
        : ProcessEngineConfiguration.HISTORY_FULL);
  }

  ProcessEngine engine() {
    return engine;
  }

  /** Deploys (once per run; duplicates filtered) a process with one user task for {@code candidateGroup}. */
  void deployOneTaskProcess(String key, String candidateGroup) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).startEvent("StartEvent_Start")
        .userTask("Task_Work").camundaCandidateGroups(candidateGroup).endEvent("EndEvent_Done").done();
    engine.getRepositoryService().createDeployment().name(key).enableDuplicateFiltering(false)
        .addModelInstance(key + ".bpmn", model).deploy();
  }

  /** Creates {@code id} with {@code password} unless it exists (a kept reference database has it already). */
  void ensureUser(String id, String password) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword(password);
      identity.saveUser(user);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
