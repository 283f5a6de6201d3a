package id.terpadu.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of error pages that have none: an answer made with {@code sendError} (e.g. the 403 the Camunda
 * webapps' security filter answers for an application the user may not open, before Camunda's header filter has
 * run) is rendered by the error dispatch, where neither Spring Security's header writers (they skip error dispatches)
 * nor Camunda's run. Runs on error dispatches only, and adds only what the answer does not carry yet
 * ({@link SecurityConfig#ERROR_CSP}, {@code nosniff}, {@code Referrer-Policy}, {@code X-Frame-Options}).
 */
public class ErrorPageHeaders extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      setIfAbsent(response, "Content-Security-Policy", SecurityConfig.ERROR_CSP);
      setIfAbsent(response, "X-Content-Type-Options", "nosniff");
      setIfAbsent(response, "Referrer-Policy", "same-origin");
      setIfAbsent(response, "X-Frame-Options", "SAMEORIGIN");
    }
    chain.doFilter(request, response);
  }

  private static void setIfAbsent(HttpServletResponse response, String name, String value) {
    if (!response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }

  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<ErrorPageHeaders> errorPageHeaders() {
      FilterRegistrationBean<ErrorPageHeaders> registration = new FilterRegistrationBean<>(new ErrorPageHeaders());
      registration.setDispatcherTypes(DispatcherType.ERROR);
      registration.addUrlPatterns("/*");
      return registration;
    }
  }
}
