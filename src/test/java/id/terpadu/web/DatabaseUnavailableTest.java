package id.terpadu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached" (503) and which are bugs or bad data (not 503). */
class DatabaseUnavailableTest {

  @Test
  void aPoolTimeoutACutConnectionAndAShutdownAreTheDatabaseBeingAway() {
    assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("engine command failed",
        new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("An I/O error occurred", "08006"))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException("Unable to rollback",
        new SQLException("Connection is closed"))))).isTrue();
  }

  @Test
  void badDataAndBugsAreNot() {
    assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("something else"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
  }
}
