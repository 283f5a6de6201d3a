package id.terpadu.conference;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The weekly case meeting page, {@code /rapat-kasus}: static HTML and script (under {@code static/rapat-kasus/}) on
 * the Camunda webapps' session, calling {@code /api/case-meetings/...}.
 */
@Configuration
class CaseMeetingPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/rapat-kasus").setViewName("forward:/rapat-kasus/index.html");
    registry.addRedirectViewController("/rapat-kasus/", "/rapat-kasus");
  }
}
