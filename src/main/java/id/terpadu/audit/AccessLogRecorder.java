package id.terpadu.audit;

import id.terpadu.access.AccessListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Collects the decisions {@code CaseAccess} takes while it serves a request and writes them to the access log
 * when the answer is known ({@link AccessLogWeb}): before the body of the answer is written, or at the end of
 * the request for answers without a body. The row gets the answer's HTTP status, the caller's address and
 * the API route (path template, ids only).
 */
@Component
class AccessLogRecorder implements AccessListener {

  private static final Logger LOG = LoggerFactory.getLogger(AccessLogRecorder.class);
  private static final String PENDING = AccessLogRecorder.class.getName() + ".pending";
  static final int MAX_ACTION = 120;
  static final int MAX_FILTERS = 300;

  private final AccessLogRepository entries;

  AccessLogRecorder(AccessLogRepository entries) {
    this.entries = entries;
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
    String action = truncate(request.getMethod() + " " + route(request), MAX_ACTION);
    String ip = request.getRemoteAddr();
    entries.saveAll(copy.stream().map(d -> new AccessLogEntry(d.at(), d.userId(), ip, action, d.caseId(), d.personId(),
        truncate(d.filters(), MAX_FILTERS), d.resultCount(), d.outcome(), httpStatus)).toList());
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
