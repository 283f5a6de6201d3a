package id.terpadu.bench.rest;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The intake's reference over HTTP (ADR 0047): the bare Camunda engine behind its own REST API, as Camunda's Spring
 * Boot starter serves it, with the REST API's own Basic authentication ({@link ProcessEngineAuthenticationFilter},
 * the way Camunda documents securing {@code /engine-rest}), and nothing of Terpadu: no Spring Security, no Flyway,
 * no JPA entities, no webapps, no application configuration (its properties are all given here), no job executor,
 * history {@code full}. It runs as a process of its own on the reference database, started by the harness
 * ({@code AppNode.startBareRestEngine}) with the harness's classpath; the harness deploys the one-task process and
 * creates the user before it starts.
 *
 * <p>Arguments: {@code --server.port=…}; the database from {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}.
 *
 * <p>Deliberately not a {@code @Configuration} or {@code @SpringBootApplication}: the harness compiles with the
 * tests, under {@code id.terpadu}, which the application's component scan covers; as a component this class would
 * join every test's application context and take its auto-configuration exclusions (JPA repositories, security)
 * with it. Given to {@link SpringApplicationBuilder} as the source, it is still read as a configuration.
 */
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
    "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
    "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration"})
public class BareRestEngine {

  public static void main(String[] args) {
    new SpringApplicationBuilder(BareRestEngine.class).properties(Map.ofEntries(
        // Not Terpadu's application.yaml (on the same classpath): only what is set here.
        Map.entry("spring.config.location", "optional:classpath:/bare-rest-engine-has-no-configuration/"),
        Map.entry("spring.datasource.url", System.getenv("DB_URL")),
        Map.entry("spring.datasource.username", System.getenv("DB_USER")),
        Map.entry("spring.datasource.password", System.getenv("DB_PASSWORD")),
        Map.entry("camunda.bpm.history-level", "full"),
        Map.entry("camunda.bpm.database.schema-update", "true"),
        Map.entry("camunda.bpm.auto-deployment-enabled", "false"),
        Map.entry("camunda.bpm.job-execution.enabled", "false"),
        Map.entry("camunda.bpm.metrics.enabled", "false"),
        Map.entry("camunda.bpm.webapp.enabled", "false"),
        Map.entry("management.endpoints.web.exposure.include", "health"),
        Map.entry("logging.level.root", "WARN"))).run(args);
  }

  /** Every call to {@code /engine-rest} authenticated with HTTP Basic against the engine's identity service. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
