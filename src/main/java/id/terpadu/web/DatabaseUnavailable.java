package id.terpadu.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure because the database cannot be reached (stopped, restarting, network gone, the pool found no
 * connection within its timeout), as opposed to a bug: such calls are answered 503 {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After} (docs/reliability.md, "PostgreSQL stopped under load").
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 30;
  public static final String DETAIL = "The database is not reachable at the moment. Try again later.";

  /**
   * HikariCP's answer (without SQL state) on a connection it has already closed because the driver reported it
   * broken, e.g. when the transaction of a request whose connection was cut is rolled back.
   */
  private static final String HIKARI_CLOSED = "Connection is closed";

  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && (sql.getSQLState() != null ? connectionLost(sql.getSQLState())
          : HIKARI_CLOSED.equals(sql.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  /** SQL state class 08 (connection exception) or 57P01–57P03 (administrator shutdown, crash, cannot connect now). */
  private static boolean connectionLost(String state) {
    return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
  }
}
