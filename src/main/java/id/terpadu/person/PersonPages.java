package id.terpadu.person;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The registry's pages, in Bahasa Indonesia: search {@code /orang}, one person {@code /orang/lihat?id=},
 * registering {@code /orang/baru} with the duplicate-candidate step, and editing {@code /orang/ubah?id=} (the same
 * form). Static HTML and script (under
 * {@code static/orang/}) on the Camunda webapps' session, calling {@code /api/persons}; what each user sees is
 * decided by the API ({@link PersonAccess}).
 */
@Configuration
class PersonPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/orang").setViewName("forward:/orang/index.html");
    registry.addRedirectViewController("/orang/", "/orang");
    registry.addViewController("/orang/lihat").setViewName("forward:/orang/lihat.html");
    registry.addViewController("/orang/baru").setViewName("forward:/orang/baru.html");
    registry.addViewController("/orang/ubah").setViewName("forward:/orang/baru.html");
  }
}
