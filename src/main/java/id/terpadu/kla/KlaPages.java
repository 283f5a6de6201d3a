package id.terpadu.kla;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The KLA pages on the Camunda webapps' session: {@code /kla} (rounds, progress, results, charts, export) and
 * {@code /kla/bukti} (evidence upload for one submission). Static HTML and script under {@code static/kla/}.
 */
@Configuration
class KlaPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/kla").setViewName("forward:/kla/index.html");
    registry.addRedirectViewController("/kla/", "/kla");
    registry.addViewController("/kla/bukti").setViewName("forward:/kla/bukti.html");
  }
}
