package id.terpadu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.camunda.bpm.webapp.impl.security.filter.CookieConfigurator;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a webapp session its CSRF token before Camunda's {@code CsrfPreventionFilter} would make one up, as a
 * value derived from the session id, so that every node and every concurrent request arrives at the same token.
 *
 * <p>Camunda stores a random token in the session on the first request that finds none, under a lock on the
 * session object. With sessions in the database each request works on its own copy of the session: the requests
 * a webapp fires right after login (a new session, no token yet) each made a different token, the last one saved
 * won, and the browser kept the cookie of whichever response came last. The next POST then carried a token the
 * session did not have, and Camunda answers a wrong token by invalidating the session: the user was logged out a
 * second after logging in. A token that is a function of the session id cannot diverge.
 *
 * <p>The token is the first 16 bytes of SHA-256 over the session id, in upper-case hex like Camunda's own: it is
 * unguessable without the session cookie (which is HTTP-only) and reveals nothing about it. The cookie is written
 * as Camunda writes it (name, path, SameSite and Secure from the same {@code camunda.bpm.webapp.csrf} settings).
 */
public class SessionBoundCsrfTokenFilter extends OncePerRequestFilter {

  private final CookieConfigurator cookie;

  public SessionBoundCsrfTokenFilter(CookieConfigurator cookie) {
    this.cookie = cookie;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // Camunda's CSRF filter runs on the webapps' API and pages, below the webapp path (/camunda).
    String below = request.getRequestURI().substring(request.getContextPath().length());
    String app = ServletContextUtil.getAppPath(request.getServletContext());
    return !(below.startsWith(app + "/api/") || below.startsWith(app + "/app/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(); // Camunda's filter creates it as well
    if (session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) == null) {
      String token = tokenOf(session.getId());
      session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
      response.addHeader("Set-Cookie", cookie.getCookieName(CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME) + "="
          + token + ";Path=" + cookiePath(request) + cookie.getConfig());
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }
    chain.doFilter(request, response);
  }

  static String tokenOf(String sessionId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String cookiePath(HttpServletRequest request) {
    String path = request.getContextPath() + ServletContextUtil.getAppPath(request.getServletContext());
    return path.isEmpty() ? "/" : path;
  }
}
