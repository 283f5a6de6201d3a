package id.terpadu.scope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.terpadu.security.StaffAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Process-definition statistics counted per instance. The engine's statistics query ({@code GET
 * /process-definition/statistics}, Cockpit's start page) and Cockpit's own ({@code GET
 * /camunda/api/cockpit/plugin/base/{engine}/process-definition/statistics}, the "Processes" page) check READ on
 * the definition only and count every running instance, incident and failed job of it: a supervisor of one unit
 * would read the other units' numbers. This filter lets the request run, then replaces those numbers with counts
 * of the instances, incidents and failed jobs the caller may read (the engine's per-instance authorization
 * checks, run as the caller). See docs/adr/0014-instance-scoped-cockpit-statistics.md.
 */
public class ScopedStatisticsFilter extends OncePerRequestFilter {

  /** The engine REST API's statistics, under /engine-rest and the webapps' own engine REST API. */
  static final Pattern ENGINE_STATISTICS = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/process-definition/statistics/?$");
  /** Cockpit's statistics of the "Processes" page (per key, summed over versions). */
  static final Pattern COCKPIT_STATISTICS = Pattern.compile(
      "^/camunda/api/cockpit/plugin/base/[^/]+/process-definition/statistics/?$");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Looked up at the first request, not when the servlet filters are set up: a filter bean that needs the engine
   * at start-up would create it before the web security and session beans are ready (the webapps' session then no
   * longer authenticated Terpadu's own pages).
   */
  private final ObjectProvider<ProcessEngine> engineProvider;

  public ScopedStatisticsFilter(ObjectProvider<ProcessEngine> engineProvider) {
    this.engineProvider = engineProvider;
  }

  private ProcessEngine engine() {
    return engineProvider.getObject();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || kind(path(request)) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    byte[] body = cached.getContentAsByteArray();
    String contentType = cached.getContentType();
    if (cached.getStatus() != HttpServletResponse.SC_OK || contentType == null || !contentType.contains("json")
        || !(SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff)) {
      cached.copyBodyToResponse();
      return;
    }
    JsonNode statistics = JSON.readTree(body);
    if (!(statistics instanceof ArrayNode rows)) {
      cached.copyBodyToResponse();
      return;
    }
    Kind kind = kind(path(request));
    asCaller(staff, () -> {
      for (JsonNode row : rows) {
        if (row instanceof ObjectNode definition) {
          if (kind == Kind.ENGINE) {
            recountEngine(definition, request);
          } else {
            recountCockpit(definition);
          }
        }
      }
    });
    byte[] scoped = JSON.writeValueAsBytes(rows);
    cached.resetBuffer();
    cached.getOutputStream().write(scoped);
    cached.copyBodyToResponse();
  }

  enum Kind { ENGINE, COCKPIT }

  static String path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }

  static Kind kind(String path) {
    if (ENGINE_STATISTICS.matcher(path).matches()) {
      return Kind.ENGINE;
    }
    return COCKPIT_STATISTICS.matcher(path).matches() ? Kind.COCKPIT : null;
  }

  /**
   * One row of the engine's statistics (one definition version): running instances, failed jobs (when asked
   * for) and incidents by type (all, root incidents only, or one type, as asked for).
   */
  private void recountEngine(ObjectNode definition, HttpServletRequest request) {
    RuntimeService runtime = engine().getRuntimeService();
    ManagementService management = engine().getManagementService();
    String id = definition.path("id").asText();
    definition.put("instances", runtime.createProcessInstanceQuery().processDefinitionId(id).count());
    if (definition.has("failedJobs")) {
      long failed = flag(request, "failedJobs")
          ? management.createJobQuery().processDefinitionId(id).noRetriesLeft().count()
          : 0;
      definition.put("failedJobs", failed);
    }
    if (definition.has("incidents")) {
      ArrayNode incidents = definition.putArray("incidents");
      String type = request.getParameter("incidentsForType");
      boolean roots = flag(request, "rootIncidents");
      if (flag(request, "incidents") || roots || type != null) {
        IncidentQuery query = runtime.createIncidentQuery().processDefinitionId(id);
        if (type != null) {
          query.incidentType(type);
        }
        List<Incident> readable = query.list();
        Map<String, Long> byType = readable.stream()
            .filter(i -> !roots || i.getId().equals(i.getRootCauseIncidentId()))
            .collect(Collectors.groupingBy(Incident::getIncidentType, TreeMap::new, Collectors.counting()));
        byType.forEach((incidentType, count) ->
            incidents.addObject().put("incidentType", incidentType).put("incidentCount", count));
      }
    }
  }

  /**
   * One row of Cockpit's statistics (the latest version of a key): instances and incidents of every version.
   * Terpadu has no tenants; Cockpit's grouping by key and tenant is a grouping by key here.
   */
  private void recountCockpit(ObjectNode definition) {
    RuntimeService runtime = engine().getRuntimeService();
    String key = definition.path("key").asText();
    definition.put("instances", runtime.createProcessInstanceQuery().processDefinitionKey(key).count());
    definition.put("incidents", runtime.createIncidentQuery().processDefinitionKeyIn(key).count());
  }

  private static boolean flag(HttpServletRequest request, String name) {
    return Boolean.parseBoolean(request.getParameter(name));
  }

  /** Runs the counts with the caller's engine authorization, restoring whatever was set before. */
  private void asCaller(StaffAuthentication staff, Runnable counts) {
    IdentityService identity = engine().getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(staff.userId(), staff.groupIds());
    try {
      counts.run();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  /** Registered after Spring Security (which provides the caller) on both engine REST APIs and Cockpit's API. */
  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<ScopedStatisticsFilter> scopedStatisticsFilter(ObjectProvider<ProcessEngine> engine) {
      FilterRegistrationBean<ScopedStatisticsFilter> registration =
          new FilterRegistrationBean<>(new ScopedStatisticsFilter(engine));
      // Exact paths only: mapped on "/camunda/api/*" the filter, though it passed every other request through,
      // left the webapps' session unusable for Terpadu's own pages (/admin/cakupan, /impor: 401 after login).
      registration.addUrlPatterns(
          "/engine-rest/process-definition/statistics",
          "/engine-rest/engine/default/process-definition/statistics",
          "/camunda/api/engine/engine/default/process-definition/statistics",
          "/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
      registration.setOrder(0);
      return registration;
    }
  }
}
