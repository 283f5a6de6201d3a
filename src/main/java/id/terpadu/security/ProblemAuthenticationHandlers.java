package id.terpadu.security;

import id.terpadu.web.ProblemCodes;
import id.terpadu.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 of the API as problem+json with a stable code. */
@Component
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final Problems problems;

  public ProblemAuthenticationHandlers(Problems problems) {
    this.problems = problems;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException authException) throws IOException {
    // Scripts get the Basic challenge; the product's own pages (XHR) get no browser login dialog.
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Terpadu\", charset=\"UTF-8\"");
    }
    problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
        "Authentication is required.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException accessDeniedException) throws IOException {
    problems.write(request, response, HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "Your role may not do this.");
  }
}
