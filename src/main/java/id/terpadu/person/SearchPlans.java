package id.terpadu.person;

import id.terpadu.database.Databases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planner settings for the name search's prefilter on PostgreSQL (ADR 0037). The prefilter reads the newest
 * matches of the caller's region ({@code ORDER BY id DESC} with a limit). With PostgreSQL's default cost of a
 * random page (4, a spinning disk's) the planner walks the whole primary key backwards and filters every region's
 * persons, instead of walking the region index {@code (regency_code, id)} (V55) backwards over the caller's region
 * only: at 6,000,000 persons 64–126 ms against 15–25 ms. Setting the random page cost to 1.1 (a solid-state disk's,
 * or a table held in memory) for the search's own read-only transaction lets the planner see that; nothing else
 * runs with it. H2 has no such setting and needs none.
 */
@Component
class SearchPlans {

  static final String RANDOM_PAGE_COST = "1.1";

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  SearchPlans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** In the caller's transaction (required): prefer index scans in the order of the query for the rest of it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void preferIndexOrder() {
    if (isPostgres()) {
      jdbc.execute("SET LOCAL random_page_cost = " + RANDOM_PAGE_COST);
    }
  }

  private boolean isPostgres() {
    Boolean value = postgres;
    if (value == null) {
      value = Databases.isPostgres(jdbc);
      postgres = value;
    }
    return value;
  }
}
