package id.terpadu.scope;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The administrators' page for staff region scopes, {@code /admin/cakupan}: static HTML and script (under
 * {@code static/admin/cakupan/}) on the Camunda webapps' session, calling {@code /api/staff}.
 */
@Configuration
class ScopeAdminPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/admin/cakupan").setViewName("forward:/admin/cakupan/index.html");
    registry.addRedirectViewController("/admin/cakupan/", "/admin/cakupan");
  }
}
