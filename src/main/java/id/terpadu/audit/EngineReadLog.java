package id.terpadu.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.process.Privileged;
import id.terpadu.security.StaffAuthentication;
import id.terpadu.web.ApiException;
import id.terpadu.web.Problems;
import id.terpadu.web.WithoutMessages;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Reads of process data through the engine's REST APIs ({@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine}) in the access log: Tasklist reading a task's form variables, variables or deployed
 * form, Cockpit reading a process instance's variables, history variable reads, and the variable and history lists
 * queried by GET or by POST (the query in the body). One row per request (not per
 * variable), with the case the process belongs to (the process instance's business key is the case number), the
 * answer's status (2xx allowed, 403 forbidden, 404 not found; other answers read nothing and leave no row), and the
 * purpose: stated in {@code X-Terpadu-Purpose} (an unknown code is a 400, as on {@code /api}) or derived (task
 * routes and calls from Tasklist {@code TASK_WORK}, history {@code AUDIT}, calls from Cockpit {@code SUPERVISION},
 * otherwise {@code CASE_REVIEW}). The answer itself is not changed; the row is written when the engine has answered.
 *
 * <p>Not a servlet filter bean (Spring Boot would register it for every path): {@link #filter()} is placed in the
 * security filter chains by {@code security.SecurityConfig}, after the caller is known.
 */
@Component
public class EngineReadLog {

  private static final Logger LOG = LoggerFactory.getLogger(EngineReadLog.class);
  /** The part of a POST query's body kept for its filters: an engine query is a few hundred bytes. */
  private static final int MAX_QUERY_BODY = 64 * 1024;

  /** The engine REST API under /engine-rest (default engine or named) and the webapps' engine REST API. */
  static final String PREFIX = "^(/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";

  /** What a route reads; the id (group 2) is the task, instance, execution, variable or detail. */
  enum Kind {
    TASK("/task/([^/]+)/(?:form-variables|variables|localVariables|deployed-form|rendered-form)(?:/.*)?"),
    PROCESS_INSTANCE("/process-instance/([^/]+)/variables(?:/.*)?"),
    EXECUTION("/execution/([^/]+)/localVariables(?:/.*)?"),
    VARIABLE("/variable-instance/((?!count$)[^/]+)(?:/data)?"),
    VARIABLES("/variable-instance/?()"),
    HISTORIC_VARIABLE("/history/variable-instance/((?!count$)[^/]+)(?:/data)?"),
    HISTORIC_VARIABLES("/history/variable-instance/?()"),
    HISTORIC_DETAIL("/history/detail/((?!count$)[^/]+)(?:/data)?"),
    HISTORIC_DETAILS("/history/detail/?()");

    final Pattern pattern;

    Kind(String route) {
      this.pattern = Pattern.compile(PREFIX + route + "$");
    }

    boolean history() {
      return name().startsWith("HISTORIC");
    }

    boolean list() {
      return this == VARIABLES || this == HISTORIC_VARIABLES || this == HISTORIC_DETAILS;
    }
  }

  /** A matched engine read: what, the resource id, and the route with the id replaced (ids only). */
  record Read(Kind kind, String id, String route) {}

  /**
   * The read a request makes, or null: every route above for GET; for POST only the lists, where the engine takes
   * the query in the body instead of the URL (a POST elsewhere writes, e.g. a task's variables).
   */
  static Read read(String method, String path) {
    if ("GET".equals(method)) {
      return match(path);
    }
    if ("POST".equals(method)) {
      Read read = match(path);
      return read != null && read.kind().list() ? read : null;
    }
    return null;
  }

  static Read match(String path) {
    // Every GET and POST through both security chains comes here: only the engine APIs are worth the route patterns.
    if (!path.startsWith("/engine-rest") && !path.startsWith("/camunda/api/engine/")) {
      return null;
    }
    for (Kind kind : Kind.values()) {
      Matcher m = kind.pattern.matcher(path);
      if (m.matches()) {
        String route = kind.list() ? path
            : path.substring(0, m.start(2)) + "{id}" + path.substring(m.end(2));
        return new Read(kind, kind.list() ? null : m.group(2), route);
      }
    }
    return null;
  }

  private final AccessLogRecorder recorder;
  private final ObjectProvider<ProcessEngine> engineProvider;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  EngineReadLog(AccessLogRecorder recorder, ObjectProvider<ProcessEngine> engineProvider, JdbcTemplate jdbc,
      ObjectMapper json) {
    this.recorder = recorder;
    this.engineProvider = engineProvider;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The filter to place in a security filter chain; it passes every request that is not an engine read. */
  public Filter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Read read = read(request.getMethod(), path(request));
        if (read == null) {
          chain.doFilter(request, response);
        } else if ("POST".equals(request.getMethod())) {
          // The query is in the body, which the engine reads: kept for the filters of the row.
          handle(read, new ContentCachingRequestWrapper(request, MAX_QUERY_BODY), response, chain);
        } else {
          handle(read, request, response, chain);
        }
      }
    };
  }

  void handle(Read read, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      AccessPurpose.stated(request);
    } catch (ApiException unknown) {
      response.setStatus(unknown.status().value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(),
          Problems.of(unknown.status(), unknown.code(), unknown.getMessage(), unknown.errors()));
      return;
    }
    Instant at = Instant.now();
    chain.doFilter(request, response);
    int status = response.getStatus();
    Outcome outcome = status < 300 ? Outcome.ALLOWED : status == 403 ? Outcome.FORBIDDEN
        : status == 404 ? Outcome.NOT_FOUND : null;
    if (outcome == null) {
      return;
    }
    try {
      String instance = processInstance(read, request);
      Long caseId = instance == null ? null : caseOf(instance);
      String filters = caseId != null ? null
          : read.id() != null ? read.kind().name().toLowerCase() + "=" + read.id()
          : instance != null ? "processInstanceId=" + instance : null;
      recorder.record(request, read.route(), purpose(read, request),
          new Decision(at, staff.userId(), caseId, null, filters, null, outcome), status);
    } catch (RuntimeException e) {
      // The answer is already sent; the operator must know that a row is missing (types and stack, no message: a
      // database error may quote the values it refused).
      LOG.error("Could not write the access log for {} {}", request.getMethod(), read.route(), WithoutMessages.of(e));
    }
  }

  static String path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }

  /** Without a stated purpose: task work for task routes and Tasklist, audit for history, supervision from Cockpit. */
  static Function<HttpServletRequest, AccessPurpose> purpose(Read read, HttpServletRequest request) {
    return r -> {
      String referer = r.getHeader("Referer");
      if (read.kind() == Kind.TASK || referer != null && referer.contains("/camunda/app/tasklist")) {
        return AccessPurpose.TASK_WORK;
      }
      if (read.kind().history()) {
        return AccessPurpose.AUDIT;
      }
      return referer != null && referer.contains("/camunda/app/cockpit") ? AccessPurpose.SUPERVISION
          : AccessPurpose.CASE_REVIEW;
    };
  }

  /** The process instance the read belongs to, looked up without the caller's authorizations; null if unknown. */
  private String processInstance(Read read, HttpServletRequest request) {
    ProcessEngine engine = engineProvider.getObject();
    return Privileged.asApplication(engine.getIdentityService(), () -> switch (read.kind()) {
      case TASK -> {
        Task task = engine.getTaskService().createTaskQuery().taskId(read.id()).singleResult();
        if (task != null) {
          yield task.getProcessInstanceId();
        }
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
            .taskId(read.id()).singleResult();
        yield done == null ? null : done.getProcessInstanceId();
      }
      case PROCESS_INSTANCE -> read.id();
      case EXECUTION -> {
        Execution execution = engine.getRuntimeService().createExecutionQuery().executionId(read.id())
            .singleResult();
        yield execution == null ? null : execution.getProcessInstanceId();
      }
      case VARIABLE -> {
        VariableInstance variable = engine.getRuntimeService().createVariableInstanceQuery()
            .variableId(read.id()).disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
        yield variable == null ? null : variable.getProcessInstanceId();
      }
      case HISTORIC_VARIABLE -> {
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
            .variableId(read.id()).disableBinaryFetching().disableCustomObjectDeserialization()
            .singleResult();
        yield variable == null ? null : variable.getProcessInstanceId();
      }
      case HISTORIC_DETAIL -> {
        HistoricDetail detail = engine.getHistoryService().createHistoricDetailQuery().detailId(read.id())
            .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
        yield detail == null ? null : detail.getProcessInstanceId();
      }
      case VARIABLES, HISTORIC_VARIABLES, HISTORIC_DETAILS -> onlyInstance(request);
    });
  }

  /**
   * A list filtered to exactly one process instance names it, in the URL (GET) or in the query body (POST); any other
   * list has no single subject.
   */
  private String onlyInstance(HttpServletRequest request) {
    String one = request.getParameter("processInstanceId");
    if (one != null && !one.isBlank()) {
      return one.strip();
    }
    String in = request.getParameter("processInstanceIdIn");
    if (in != null) {
      List<String> ids = Arrays.stream(in.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (ids.size() == 1) {
        return ids.get(0);
      }
    }
    if (request instanceof ContentCachingRequestWrapper cached && cached.getContentAsByteArray().length > 0) {
      try {
        JsonNode query = json.readTree(cached.getContentAsByteArray());
        if (query.path("processInstanceId").isTextual() && !query.path("processInstanceId").asText().isBlank()) {
          return query.path("processInstanceId").asText().strip();
        }
        JsonNode ids = query.path("processInstanceIdIn");
        if (ids.isArray() && ids.size() == 1 && ids.get(0).isTextual()) {
          return ids.get(0).asText().strip();
        }
      } catch (IOException notJson) {
        return null; // the engine answered it (or refused it); the row has no single subject
      }
    }
    return null;
  }

  /** The case whose number is the instance's business key (referral, conference and transfer processes too). */
  private Long caseOf(String processInstanceId) {
    ProcessEngine engine = engineProvider.getObject();
    String businessKey = Privileged.asApplication(engine.getIdentityService(), () -> {
      ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      if (running != null) {
        return running.getBusinessKey();
      }
      HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      return ended == null ? null : ended.getBusinessKey();
    });
    if (businessKey == null) {
      return null;
    }
    List<Long> ids = jdbc.queryForList("SELECT id FROM child_case WHERE case_number = ?", Long.class, businessKey);
    return ids.isEmpty() ? null : ids.get(0);
  }
}
