package id.terpadu.community;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public community report page, {@code /lapor}: static HTML and script (under {@code static/lapor/}), open
 * without login, calling only {@code /api/public/**}.
 */
@Configuration
class CommunityPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/lapor").setViewName("forward:/lapor/index.html");
    registry.addRedirectViewController("/lapor/", "/lapor");
  }
}
