package id.terpadu.security;

import id.terpadu.web.ProblemCodes;
import id.terpadu.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection for state-changing calls authenticated by the browser session: the request must
 * carry the session's CSRF token in {@code X-XSRF-TOKEN} — the same token the Camunda webapps issue
 * in the {@code XSRF-TOKEN} cookie. Calls authenticated with HTTP Basic carry no ambient session and
 * need no token.
 */
public class SessionCsrfFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Problems problems;

  public SessionCsrfFilter(Problems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE_METHODS.contains(request.getMethod())
        && SecurityContextHolder.getContext().getAuthentication() instanceof StaffAuthentication staff
        && staff.source() == StaffAuthentication.Source.SESSION
        && !tokenMatches(request)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, ProblemCodes.CSRF_TOKEN_INVALID,
          "A state-changing request from a browser session needs the X-XSRF-TOKEN header.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean tokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
