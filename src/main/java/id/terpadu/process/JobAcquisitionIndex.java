package id.terpadu.process;

import id.terpadu.database.Databases;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the due date of the engine's jobs ({@value #INDEX}), created once the engine has its schema. Every
 * job acquisition of every node asks for due, unlocked jobs ({@code DUEDATE_ IS NULL OR DUEDATE_ <= now}); the engine
 * ships no index for that, so PostgreSQL reads the whole job table each time. Every open task with a deadline keeps a
 * timer job there (its next escalation level), so a province's table holds a job per open task: at 86,000 jobs one
 * acquisition took 350 ms (half of it compiling the query: the plan's cost is high enough for PostgreSQL's JIT), with
 * the index 0.03 ms; every idle node repeats it every few seconds (docs/adr/0038). Nodes starting together may both
 * try to create it: the loser finds it there.
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  static final String INDEX = "TERPADU_JOB_DUE";
  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  private final JdbcTemplate jdbc;

  public JobAcquisitionIndex(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try {
      jdbc.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON ACT_RU_JOB (DUEDATE_)");
    } catch (DataAccessException e) {
      if (!exists()) {
        throw e;
      }
      LOG.info("Index {} was created by another node meanwhile", INDEX);
    }
  }

  /** Whether the index is there (PostgreSQL folds the unquoted name to lower case, H2 to upper case). */
  boolean exists() {
    String sql = Databases.isPostgres(jdbc) ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = LOWER(?)"
        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = ?";
    Integer found = jdbc.queryForObject(sql, Integer.class, INDEX);
    return found != null && found > 0;
  }
}
