package id.terpadu.database;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The two databases Terpadu runs on, PostgreSQL (production) and H2 (the embedded default and the tests), where
 * their SQL differs: which one a connection is, and the sequence call of each.
 */
public final class Databases {

  private Databases() {}

  /** The product name the JDBC driver reports ("PostgreSQL", "H2"). */
  public static String productName(JdbcOperations jdbc) {
    return jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
  }

  /** Whether the database is PostgreSQL (otherwise H2). */
  public static boolean isPostgres(JdbcOperations jdbc) {
    return "PostgreSQL".equalsIgnoreCase(productName(jdbc));
  }

  /**
   * The expression that takes the next value of {@code sequence}: {@code nextval('…')} on PostgreSQL,
   * {@code NEXT VALUE FOR …} on H2. The name is written into SQL: a constant of the caller, never user input.
   */
  public static String nextValue(JdbcOperations jdbc, String sequence) {
    if (!sequence.matches("[a-z_]+")) {
      throw new IllegalArgumentException("Not a sequence name: " + sequence);
    }
    return isPostgres(jdbc) ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
  }
}
