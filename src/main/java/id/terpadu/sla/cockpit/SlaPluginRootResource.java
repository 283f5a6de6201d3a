package id.terpadu.sla.cockpit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's root under {@code /camunda/api/cockpit/plugin/sla}: {@code static/app/plugin.js} and
 * {@code plugin.css} (inherited; the webapp serves them without login) and {@code {engine}/dashboard}, the
 * data (the webapp lets only logged-in users of that engine through; {@link SlaDashboardResource} decides
 * the rest). Jersey creates the resources per request; the Spring beans come from the servlet context.
 */
@Path("plugin/" + SlaCockpitPlugin.ID)
public class SlaPluginRootResource extends AbstractCockpitPluginRootResource {

  public SlaPluginRootResource() {
    super(SlaCockpitPlugin.ID);
  }

  @Path("{engineName}/dashboard")
  public SlaDashboardResource dashboard(@PathParam("engineName") String engineName) {
    WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new SlaDashboardResource(engineName, spring.getBean(SlaDashboard.class),
        spring.getBean(ObjectMapper.class)), engineName);
  }
}
