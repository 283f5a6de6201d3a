package id.terpadu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for the whole product: a user who logged into Tasklist, Cockpit or Admin is also
 * authenticated for Terpadu's own pages and {@code /api} through the same (database-backed) session.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  /** The session attribute of Camunda's {@code AuthenticationUtil} holding the webapp logins. */
  static final String CAMUNDA_AUTHENTICATIONS = "authenticatedUser";

  private final String engineName;

  public WebappSessionAuthenticationFilter(String engineName) {
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      // Read only: Camunda's getAuthsFromSession would store an empty authentication in a session that has none,
      // a write that a concurrent login's write can lose against (sessions are saved per request).
      if (session.getAttribute(CAMUNDA_AUTHENTICATIONS) instanceof Authentications authentications
          && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(StaffAuthentication.of(user.getIdentityId(), user.getGroupIds(),
            StaffAuthentication.Source.SESSION));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
