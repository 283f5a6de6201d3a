package id.terpadu.importing;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The import page, {@code /impor}: static HTML and script (under {@code static/impor/}) on the Camunda webapps'
 * session, calling {@code /api/import}.
 */
@Configuration
class ImportPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/impor").setViewName("forward:/impor/index.html");
    registry.addRedirectViewController("/impor/", "/impor");
  }
}
