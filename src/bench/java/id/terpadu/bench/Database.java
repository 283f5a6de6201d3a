package id.terpadu.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/** Plain JDBC on one PostgreSQL database: statements, single values, {@code COPY} and query plans. */
final class Database {

  private final String url;
  private final String user;
  private final String password;

  Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  void execute(String... sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  long queryLong(String sql, Object... params) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** {@code COPY table (columns) FROM STDIN (FORMAT csv, HEADER true)} of a CSV file; the rows copied. */
  long copyCsv(String tableAndColumns, Path csv) throws SQLException, IOException {
    try (Connection c = connect(); Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return c.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT csv, HEADER true)", in);
    }
  }

  /** The plan of a query as PostgreSQL executed it ({@code EXPLAIN (ANALYZE, BUFFERS)}). */
  List<String> explainAnalyze(String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
      while (r.next()) {
        lines.add(r.getString(1));
      }
    }
    return lines;
  }

  /** The database's size on disk, in bytes. */
  long sizeBytes() throws SQLException {
    return queryLong("SELECT pg_database_size(current_database())");
  }
}
