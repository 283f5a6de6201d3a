package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.database.Databases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The name search's planner setting (ADR 0037) holds for the search's own transaction only: on PostgreSQL the
 * random page cost is 1.1 inside it and back to the server's value on the same pooled connection afterwards; it
 * refuses to run outside a transaction (where {@code SET LOCAL} would do nothing). On H2 it changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SearchPlansIT {

  @Autowired SearchPlans plans;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void theSettingLastsForTheSearchTransactionOnly() {
    if (!Databases.isPostgres(jdbc)) {
      transactions.executeWithoutResult(status -> plans.preferIndexOrder());
      assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
      return;
    }
    String before = jdbc.queryForObject("SELECT current_setting('random_page_cost')", String.class);
    assertThat(before).isNotEqualTo(SearchPlans.RANDOM_PAGE_COST);
    String inside = transactions.execute(status -> {
      plans.preferIndexOrder();
      return jdbc.queryForObject("SELECT current_setting('random_page_cost')", String.class);
    });
    assertThat(inside).isEqualTo(SearchPlans.RANDOM_PAGE_COST);
    for (int i = 0; i < 20; i++) { // every connection of the pool, whichever the transaction above had
      String after = transactions.execute(status ->
          jdbc.queryForObject("SELECT current_setting('random_page_cost')", String.class));
      assertThat(after).isEqualTo(before);
    }
  }

  @Test
  void outsideATransactionItIsRefused() {
    assertThatThrownBy(plans::preferIndexOrder).isInstanceOf(IllegalTransactionStateException.class);
  }
}
