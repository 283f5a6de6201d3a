package id.terpadu.security;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser session's CSRF token for Terpadu's own pages. The webapps put it in the {@code XSRF-TOKEN} cookie
 * with path {@code /camunda}, which a page elsewhere cannot read; the page asks here instead (same origin only:
 * no CORS is configured, so another site cannot read the answer). Null for HTTP Basic callers, who need none,
 * and for a session the webapps have not issued a token to yet (any call below {@code /camunda/api} does).
 */
@RestController
public class CsrfTokenController {

  @Operation(summary = "The browser session's CSRF token and the header that carries it")
  @GetMapping("/api/csrf-token")
  public Token token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return new Token(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token instanceof String s ? s : null);
  }

  /** The header to send and its value. */
  public record Token(String header, String token) {}
}
