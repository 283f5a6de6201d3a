package id.terpadu.sla.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "SLA" (registered in {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}):
 * a page of the caller's open deadline breaches and on-time numbers. Cockpit loads its client from
 * {@code plugin-webapp/sla/app/plugin.js} and {@code plugin.css} through {@link SlaPluginRootResource}, which
 * also serves its data. See docs/adr/0011-cockpit-sla-plugin.md.
 */
public class SlaCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "sla";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(SlaPluginRootResource.class);
  }
}
