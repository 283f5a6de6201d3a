package id.terpadu.vulnerable;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The registry page, {@code /rentan}: static HTML and script (under {@code static/rentan/}) on the Camunda
 * webapps' session, calling {@code /api/vulnerable}.
 */
@Configuration
class VulnerablePage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/rentan").setViewName("forward:/rentan/index.html");
    registry.addRedirectViewController("/rentan/", "/rentan");
  }
}
