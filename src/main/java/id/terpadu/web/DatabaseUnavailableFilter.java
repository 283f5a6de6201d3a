package id.terpadu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside Spring Security and the session filter: a database failure raised before any controller runs (the HTTP
 * Basic check reads the identity tables, the session filter the session table) becomes the same 503 problem that
 * {@link ApiExceptionHandler} gives inside controllers, instead of the servlet container's generic 500.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  private final Problems problems;

  public DatabaseUnavailableFilter(Problems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("Database unavailable during {} {}: {}", request.getMethod(), request.getRequestURI(),
          e.getClass().getName());
      response.resetBuffer();
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.DATABASE_UNAVAILABLE,
          DatabaseUnavailable.DETAIL);
    }
  }

  /** Before the session filter (order MIN_VALUE + 50) and Spring Security, on the two APIs. */
  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(Problems problems) {
      FilterRegistrationBean<DatabaseUnavailableFilter> registration =
          new FilterRegistrationBean<>(new DatabaseUnavailableFilter(problems));
      registration.addUrlPatterns("/api/*", "/engine-rest/*");
      registration.setOrder(Integer.MIN_VALUE + 40);
      return registration;
    }
  }
}
