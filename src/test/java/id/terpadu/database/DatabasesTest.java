package id.terpadu.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class DatabasesTest {

  private final JdbcTemplate h2 = h2();

  @Test
  void h2IsNotPostgresAndTakesSequenceValuesItsWay() {
    assertThat(Databases.productName(h2)).isEqualTo("H2");
    assertThat(Databases.isPostgres(h2)).isFalse();
    h2.execute("CREATE SEQUENCE IF NOT EXISTS demo_seq");
    String next = Databases.nextValue(h2, "demo_seq");
    assertThat(next).isEqualTo("NEXT VALUE FOR demo_seq");
    Long first = h2.queryForObject("SELECT " + next, Long.class);
    assertThat(h2.queryForObject("SELECT " + next, Long.class)).isEqualTo(first + 1);
  }

  @Test
  void onlySequenceNamesAreWrittenIntoSql() {
    assertThatThrownBy(() -> Databases.nextValue(h2, "x'); DROP TABLE person; --"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static JdbcTemplate h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:databases-test;DB_CLOSE_DELAY=-1");
    return new JdbcTemplate(dataSource);
  }
}
