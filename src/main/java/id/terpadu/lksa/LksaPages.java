package id.terpadu.lksa;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The institution staff's phone page {@code /lksa} (daily attendance) and the supervisors' page {@code /lksa/kelola}
 * (institutions, admissions, discharges, reports) on the Camunda webapps' session. Static HTML and script under
 * {@code static/lksa/}; what each caller may see and do is decided by the API ({@link LksaAccess}).
 */
@Configuration
class LksaPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/lksa").setViewName("forward:/lksa/index.html");
    registry.addRedirectViewController("/lksa/", "/lksa");
    registry.addViewController("/lksa/kelola").setViewName("forward:/lksa/kelola.html");
  }
}
