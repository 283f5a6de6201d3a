package id.terpadu.transfer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The transfer page, {@code /pindah}: static HTML and script (under {@code static/pindah/}) on the Camunda webapps'
 * session, calling {@code /api/cases/{id}/transfer} and {@code /api/case-transfers}.
 */
@Configuration
class TransferPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/pindah").setViewName("forward:/pindah/index.html");
    registry.addRedirectViewController("/pindah/", "/pindah");
  }
}
