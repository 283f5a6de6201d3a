package id.terpadu.outreach;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The outreach team's phone page {@code /penjangkauan} (recording visits, also offline) on the Camunda webapps'
 * session. Static HTML and script under {@code static/penjangkauan/}.
 */
@Configuration
class OutreachPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/penjangkauan").setViewName("forward:/penjangkauan/index.html");
    registry.addViewController("/penjangkauan/rencana").setViewName("forward:/penjangkauan/rencana.html");
    registry.addRedirectViewController("/penjangkauan/", "/penjangkauan");
  }
}
