package id.terpadu.security;

import id.terpadu.audit.EngineReadLog;
import id.terpadu.organisation.Roles;
import id.terpadu.web.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.CookieConfigurator;

/**
 * Who may call what. Two chains:
 * <ul>
 *   <li>API ({@code /api}, {@code /engine-rest}, OpenAPI, actuator): HTTP Basic against Camunda's identity
 *   service, or the Camunda webapps' browser session with a CSRF token; anonymous → 401 problem+json;
 *   role not allowed → 403 problem+json. Every call runs as its user inside the engine, so Camunda's
 *   authorizations apply to {@code /engine-rest} and {@code /api} alike.</li>
 *   <li>Web: the Camunda webapps authenticate and protect themselves (login, CSRF); Terpadu's own pages
 *   need the same session.</li>
 *   <li>Public ({@code /api/public/**}, before the API chain): the community report page's four calls and nothing
 *   else, without login and without any session (a staff member's session is ignored there); any other method or
 *   path below it → 401 problem+json. The page itself ({@code GET /lapor}, {@code /lapor/**}) is the web chain's
 *   only public page. See docs/adr/0021-community-reports.md.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication
public class SecurityConfig {

  static final String[] API_PATHS = {
      "/api/**", "/engine-rest/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html",
      "/actuator/**", "/actuator"};

  static final String PUBLIC_API = "/api/public/**";

  static final String[] SWAGGER_PATHS = {"/swagger-ui/**", "/swagger-ui.html"};

  /**
   * Content-Security-Policy of Terpadu's own pages (static/, /laporan, /rapat-kasus, /profil/notifikasi, /dev/mail,
   * /lapor): no inline script or style, nothing from elsewhere, not framed by other sites. HSTS is sent on TLS
   * requests (Spring Security's default; behind a proxy with server.forward-headers-strategy). See
   * docs/adr/0031-access-matrix-and-sessions.md.
   */
  static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
      + " frame-ancestors 'self'";

  /**
   * Content-Security-Policy of Swagger UI ({@code /swagger-ui/**}): its scripts and styles are files of the application
   * (springdoc's bundle and initializer), but its React components and syntax highlighter set inline styles and its
   * icons are data: images. Scripts stay 'self' only; nothing is fetched or framed from elsewhere.
   */
  static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
      + " form-action 'self'; frame-ancestors 'none'";

  /**
   * Content-Security-Policy of an error page that has none yet ({@link ErrorPageHeaders}): e.g. the 403 the webapps
   * answer for an application the user may not open, whose answer Camunda's own header filter does not reach.
   */
  static final String ERROR_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
      + " form-action 'none'; frame-ancestors 'self'";

  /** Content-Security-Policy of API answers: they are data, never a page. */
  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** The only calls open without login (docs/adr/0021-community-reports.md): method and path, exactly. */
  static final RequestMatcher[] PUBLIC_CALLS = {
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/public/regions"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/public/report-form"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/public/reports"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/public/reports/{code}")};

  @Bean
  @Order(0)
  SecurityFilterChain publicChain(HttpSecurity http, ProblemAuthenticationHandlers handlers) throws Exception {
    http.securityMatcher(paths(PUBLIC_API)[0])
        // No session and no credentials are read here, so there is no ambient authority to forge; the report POST
        // checks Origin/Referer and needs the form token header instead (PublicReportController, ADR 0021).
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
        .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(PUBLIC_CALLS).permitAll()
            .anyRequest().denyAll());
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, ProblemAuthenticationHandlers handlers, Problems problems,
      ProcessEngine engine, IdentityService identity, EngineReadLog engineReads) throws Exception {
    http.securityMatcher(new OrRequestMatcher(paths(API_PATHS)))
        .csrf(csrf -> csrf.disable()) // replaced by SessionCsrfFilter: Basic calls carry no ambient session
        // Stateless, and never a new session id either: the webapp session is only read here. Spring Security's
        // session-fixation protection took each session authentication for a fresh login and changed the session
        // id on every call; a page's parallel calls then each changed it, the browser kept one id, the database
        // another, and the user was logged out (401) at random.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .httpBasic(basic -> basic.authenticationEntryPoint(handlers))
        .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
        .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName()), BasicAuthenticationFilter.class)
        .addFilterAfter(new SessionCsrfFilter(problems), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identity), SessionCsrfFilter.class)
        // Reads of process data through /engine-rest go to the access log (the caller is known here).
        .addFilterAfter(engineReads.filter(), EngineAuthenticationFilter.class)
        .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            // JSON, CSV and XLSX answers: nothing in them may run or be framed. Swagger UI's page gets its own.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new OrRequestMatcher(paths(SWAGGER_PATHS))),
                new StaticHeadersWriter("Content-Security-Policy", API_CSP)))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new OrRequestMatcher(paths(SWAGGER_PATHS)),
                new StaticHeadersWriter("Content-Security-Policy", SWAGGER_CSP))))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
            .requestMatchers(paths("/actuator", "/actuator/**")).hasAuthority(StaffAuthentication.group(Roles.ADMIN))
            .anyRequest().authenticated());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(HttpSecurity http, ProcessEngine engine, CamundaBpmProperties camunda,
      EngineReadLog engineReads) throws Exception {
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/**"))
        // The Camunda webapps run their own CSRF prevention filter on /camunda/**.
        .csrf(csrf -> csrf.ignoringRequestMatchers(paths("/camunda/**")))
        .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName()), BasicAuthenticationFilter.class)
        .addFilterBefore(new SessionBoundCsrfTokenFilter(csrfCookie(camunda)), BasicAuthenticationFilter.class)
        // Tasklist's and Cockpit's reads of process data (/camunda/api/engine) go to the access log.
        .addFilterAfter(engineReads.filter(), BasicAuthenticationFilter.class)
        .headers(h -> h
            .cacheControl(c -> c.disable()) // webapp assets are cacheable; the webapps set their own
            .frameOptions(f -> f.sameOrigin())
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            // Terpadu's own pages: scripts and styles from files of the application only. The webapps (/camunda/**)
            // send their own policy (camunda.bpm.webapp.header-security.*); two policies would both apply.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(paths("/camunda/**")[0]),
                new StaticHeadersWriter("Content-Security-Policy", PAGE_CSP))))
        .exceptionHandling(e -> e.authenticationEntryPoint(
            new LoginUrlAuthenticationEntryPoint("/camunda/app/welcome/default/")))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(paths("/", "/camunda/**", "/error", "/favicon.ico")).permitAll()
            // The public community report page (static files only; its API is the public chain's).
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/lapor"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/lapor/**")).permitAll()
            .anyRequest().authenticated());
    return http.build();
  }

  /** The webapps' CSRF cookie settings ({@code camunda.bpm.webapp.csrf.*}), read as Camunda's own filter reads them. */
  static CookieConfigurator csrfCookie(CamundaBpmProperties camunda) {
    Map<String, String> params = camunda.getWebapp().getCsrf().getInitParams();
    CookieConfigurator cookie = new CookieConfigurator();
    cookie.parseParams(new FilterConfig() {
      @Override
      public String getFilterName() {
        return "CsrfPreventionFilter";
      }

      @Override
      public ServletContext getServletContext() {
        return null;
      }

      @Override
      public String getInitParameter(String name) {
        return params.get(name);
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(params.keySet());
      }
    });
    return cookie;
  }

  /**
   * Matchers on the whole path below the context path: {@code /engine-rest} is served by Jersey, not by
   * Spring MVC's dispatcher, so MVC-relative matchers would miss it.
   */
  static RequestMatcher[] paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return Arrays.stream(patterns).map(builder::matcher).toArray(RequestMatcher[]::new);
  }
}
