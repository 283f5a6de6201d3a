package id.terpadu.audit;

import id.terpadu.access.AccessListener;
import id.terpadu.database.Databases;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Collects the decisions {@code CaseAccess} takes while it serves a request and writes them to the access log
 * when the answer is known ({@link AccessLogWeb}): before the body of the answer is written, or at the end of
 * the request for answers without a body. The row gets the answer's HTTP status, the caller's address and
 * the API route (path template, ids only) and the purpose of the read ({@link AccessPurpose}: stated in the
 * {@code X-Terpadu-Purpose} header, or derived from the request).
 *
 * <p>Rows are written with plain JDBC, one statement per row that takes its id from {@code access_log_seq}: every
 * API read writes one, and the JPA way (a transaction, the persistence context, a flush) cost about a tenth of a
 * person lookup's server time (docs/benchmarks.md). Several rows of one request are written in one transaction.
 * {@link AccessLogEntry} remains the mapping for reading the log.
 */
@Component
class AccessLogRecorder implements AccessListener {

  private static final Logger LOG = LoggerFactory.getLogger(AccessLogRecorder.class);
  private static final String PENDING = AccessLogRecorder.class.getName() + ".pending";
  static final int MAX_ACTION = 120;
  static final int MAX_FILTERS = 300;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private volatile String insert;

  AccessLogRecorder(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void decided(Decision decision) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      // Not a user's request (no such reads exist yet): nothing to attribute an address or a route to.
      LOG.debug("Case access decision outside a web request is not logged");
      return;
    }
    pending(request, true).add(decision);
  }

  /**
   * Writes the decisions of this request, in a transaction of its own (the request's own transaction has
   * ended), with the status the caller is answered.
   */
  void flush(HttpServletRequest request, int httpStatus) {
    List<Decision> decisions = pending(request);
    if (decisions.isEmpty()) {
      return;
    }
    List<Decision> copy = List.copyOf(decisions);
    decisions.clear();
    String route = route(request);
    write(request, route, d -> AccessPurpose.derive(request, route, d.caseId() == null && d.personId() == null),
        copy, httpStatus);
  }

  /**
   * Writes one decision taken outside Spring MVC (an engine REST read, {@link EngineReadLog}) for the given route,
   * with the purpose the request states or else {@code derived}.
   */
  void record(HttpServletRequest request, String route, Function<HttpServletRequest, AccessPurpose> derived,
      Decision decision, int httpStatus) {
    write(request, route, d -> derived.apply(request), List.of(decision), httpStatus);
  }

  private void write(HttpServletRequest request, String route, Function<Decision, AccessPurpose> derived,
      List<Decision> decisions, int httpStatus) {
    String action = truncate(request.getMethod() + " " + route, MAX_ACTION);
    String ip = request.getRemoteAddr();
    AccessPurpose stated = AccessPurpose.stated(request);
    List<Object[]> rows = decisions.stream().map(d -> new Object[] {
        OffsetDateTime.ofInstant(d.at(), ZoneOffset.UTC), d.userId(), ip, action, d.caseId(), d.personId(),
        truncate(d.filters(), MAX_FILTERS), d.resultCount(), d.outcome().name(), httpStatus,
        (stated != null ? stated : derived.apply(d)).name(), stated != null}).toList();
    String sql = insert();
    int[] types = {Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.BOOLEAN};
    if (rows.size() == 1) {
      jdbc.update(sql, rows.get(0), types);
    } else {
      transaction.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows, types));
    }
  }

  /** The insert statement, with the sequence call of the database in use (PostgreSQL, or H2 by default). */
  private String insert() {
    String sql = insert;
    if (sql == null) {
      String nextId = Databases.nextValue(jdbc, "access_log_seq");
      sql = "INSERT INTO access_log (id, accessed_at, user_id, client_ip, action, case_id, person_id, filters,"
          + " result_count, outcome, http_status, purpose, purpose_stated) VALUES (" + nextId
          + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      insert = sql;
    }
    return sql;
  }

  boolean hasPending(HttpServletRequest request) {
    return !pending(request).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<Decision> pending(HttpServletRequest request) {
    Object list = request.getAttribute(PENDING);
    return list instanceof List<?> l ? (List<Decision>) l : new ArrayList<>();
  }

  @SuppressWarnings("unchecked")
  private static List<Decision> pending(RequestAttributes request, boolean create) {
    Object list = request.getAttribute(PENDING, RequestAttributes.SCOPE_REQUEST);
    if (list == null && create) {
      list = new ArrayList<Decision>();
      request.setAttribute(PENDING, list, RequestAttributes.SCOPE_REQUEST);
    }
    return (List<Decision>) list;
  }

  /** The matched route such as {@code /api/cases/{id}} (never the raw query string). */
  private static String route(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return pattern != null ? pattern.toString() : request.getRequestURI();
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
