package id.terpadu.process;

import id.terpadu.database.Databases;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for statements it runs at province scale, created once the engine has its
 * schema (docs/adr/0038, 0039, 0040). Nodes starting together may both try to create one: the loser finds it there.
 * <ul>
 *   <li>{@value #JOB_DUE} on the jobs' due date. Every job acquisition of every node asks for due, unlocked jobs
 *   ({@code DUEDATE_ IS NULL OR DUEDATE_ <= now}); without the index PostgreSQL reads the whole job table each time.
 *   Every open task with a deadline keeps a timer job there (its next escalation level), so a province's table holds
 *   a job per open task: at 86,000 jobs one acquisition took 350 ms, with the index 0.03 ms; every idle node repeats
 *   it every few seconds.</li>
 *   <li>{@value #TASK_PARENT} on the tasks' parent task. Completing or deleting any task asks for its sub-tasks
 *   ({@code WHERE PARENT_TASK_ID_ = ?}); without the index PostgreSQL reads every open task each time: 35–135 ms at
 *   160,000 open tasks. Terpadu's tasks have no parent, so on PostgreSQL the index holds only rows that have one
 *   (partial), and stays empty.</li>
 *   <li>{@value #GROUP_GRANTS} on the grants of a group for a kind of resource, carrying the granted resource, the
 *   grant's type and permissions (on H2 as plain index columns). Every task list of a unit's staff asks which tasks
 *   their groups are granted (the task query's check, ADR 0027): with the engine's index on the group alone
 *   PostgreSQL read each of those grants from the table, 15,706 rows in 17 ms for a supervisor at 133,000 open
 *   tasks; from this index alone, 5.5 ms.</li>
 * </ul>
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String JOB_DUE = "TERPADU_JOB_DUE";
  static final String TASK_PARENT = "TERPADU_TASK_PARENT";
  static final String GROUP_GRANTS = "TERPADU_AUTH_GROUP_GRANTS";
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final JdbcTemplate jdbc;

  public EngineIndexes(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    boolean postgres = Databases.isPostgres(jdbc);
    create(JOB_DUE, "ACT_RU_JOB (DUEDATE_)");
    create(TASK_PARENT, "ACT_RU_TASK (PARENT_TASK_ID_)" + (postgres ? " WHERE PARENT_TASK_ID_ IS NOT NULL" : ""));
    create(GROUP_GRANTS, postgres
        ? "ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_) INCLUDE (RESOURCE_ID_, TYPE_, PERMS_)"
        : "ACT_RU_AUTHORIZATION (GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, TYPE_, PERMS_)");
  }

  private void create(String index, String definition) {
    try {
      jdbc.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + definition);
    } catch (DataAccessException e) {
      if (!exists(index)) {
        throw e;
      }
      LOG.info("Index {} was created by another node meanwhile", index);
    }
  }

  /** The indexes this plugin creates. */
  static List<String> names() {
    return List.of(JOB_DUE, TASK_PARENT, GROUP_GRANTS);
  }

  /** Whether the index is there (PostgreSQL folds the unquoted name to lower case, H2 to upper case). */
  boolean exists(String index) {
    String sql = Databases.isPostgres(jdbc) ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = LOWER(?)"
        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = ?";
    Integer found = jdbc.queryForObject(sql, Integer.class, index);
    return found != null && found > 0;
  }
}
