package id.terpadu.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.jdbc.PgConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the pool's connections send a batch of inserts as one multi-row {@code INSERT} (ADR 0046): the
 * driver rewrites it, reports no per-row counts, and every row of the batch is stored. H2 has no such setting and
 * runs batches as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BatchedInsertsIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aBatchOfInsertsIsOneStatementOnPostgresAndStoresEveryRow() {
    boolean postgres = Databases.isPostgres(jdbc);
    if (postgres) {
      Boolean rewrites = jdbc.execute((ConnectionCallback<Boolean>) c ->
          c.unwrap(PgConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled());
      assertThat(rewrites).isTrue();
    }
    List<Object[]> rows = List.of(new Object[] {1, "satu"}, new Object[] {2, "dua"}, new Object[] {3, "tiga"});
    int[] counts = transactions.execute(status -> {
      jdbc.execute("CREATE TEMPORARY TABLE batched_insert_check (id INT PRIMARY KEY, word VARCHAR(10))");
      try {
        int[] result = jdbc.batchUpdate("INSERT INTO batched_insert_check (id, word) VALUES (?, ?)", rows);
        assertThat(jdbc.queryForList("SELECT word FROM batched_insert_check ORDER BY id", String.class))
            .containsExactly("satu", "dua", "tiga");
        return result;
      } finally {
        jdbc.execute("DROP TABLE batched_insert_check");
      }
    });
    // The driver rewrites a batch into multi-row statements of 2^n rows (here 2 + 1), and reports the rows of a
    // rewritten one as succeeded without a count; H2 counts each row.
    assertThat(counts).hasSize(3);
    if (postgres) {
      assertThat(counts).containsExactly(Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO, 1);
    } else {
      assertThat(counts).containsOnly(1);
    }
  }
}
