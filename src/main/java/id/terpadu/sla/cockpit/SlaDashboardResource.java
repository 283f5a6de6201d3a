package id.terpadu.sla.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.terpadu.organisation.RoleGrants;
import id.terpadu.web.ProblemCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * {@code GET /camunda/api/cockpit/plugin/sla/{engine}/dashboard}: the SLA page's data for the logged-in
 * webapp user. 401 without a webapp login for the engine, 403 unless supervisor, head of unit or
 * administrator with access to Cockpit; errors are problem+json with a stable {@code code}.
 */
public class SlaDashboardResource extends AbstractCockpitPluginResource {

  static final String PROBLEM_JSON = "application/problem+json";

  private final SlaDashboard dashboard;
  private final ObjectMapper json;

  public SlaDashboardResource(String engineName, SlaDashboard dashboard, ObjectMapper json) {
    super(engineName);
    this.dashboard = dashboard;
    this.json = json;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, PROBLEM_JSON})
  public Response get() throws JsonProcessingException {
    // Resolves the engine: an unknown engine name is an error before anything is read.
    getProcessEngine();
    Authentications current = Authentications.getCurrent();
    Authentication login = current == null ? null : current.getAuthenticationForProcessEngine(engineName);
    if (!(login instanceof UserAuthentication user)) {
      return problem(Response.Status.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED, "Authentication is required.");
    }
    SlaDashboard.Viewer viewer = new SlaDashboard.Viewer(user.getIdentityId(),
        user.getGroupIds() == null ? java.util.List.of() : user.getGroupIds());
    if (viewer.reach() == SlaDashboard.Reach.NONE || !user.isAuthorizedForApp(RoleGrants.COCKPIT)) {
      return problem(Response.Status.FORBIDDEN, ProblemCodes.FORBIDDEN,
          "Only supervisors, heads of unit and administrators see the SLA dashboard.");
    }
    return Response.ok(json.writeValueAsString(dashboard.view(viewer)), MediaType.APPLICATION_JSON_TYPE)
        .cacheControl(noStore()).build();
  }

  private Response problem(Response.Status status, String code, String detail) throws JsonProcessingException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:terpadu:problem:" + code.toLowerCase().replace('_', '-'));
    body.put("title", status.getReasonPhrase());
    body.put("status", status.getStatusCode());
    body.put("detail", detail);
    body.put("code", code);
    return Response.status(status).type(PROBLEM_JSON).entity(json.writeValueAsString(body))
        .cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setNoCache(true);
    return cache;
  }
}
