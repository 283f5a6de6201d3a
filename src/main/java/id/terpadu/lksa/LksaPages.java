package id.terpadu.lksa;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The institution staff's phone page {@code /lksa} (daily attendance) on the Camunda webapps' session. Static HTML
 * and script under {@code static/lksa/}.
 */
@Configuration
class LksaPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/lksa").setViewName("forward:/lksa/index.html");
    registry.addRedirectViewController("/lksa/", "/lksa");
  }
}
