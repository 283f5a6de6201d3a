package id.terpadu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall rules for the address, applied first: an address such as
 * {@code /api/persons/..;/..;/engine-rest/user}, which the servlet container resolves to another servlet, made a
 * later filter fail with a 500 before Spring Security's own firewall could refuse it. Refused here with 400
 * problem+json, like every address that firewall refuses (docs/adr/0032-hostile-input.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EarlyFirewall extends OncePerRequestFilter {

  private final StrictHttpFirewall firewall = new StrictHttpFirewall();
  private final RejectedRequests rejected;

  public EarlyFirewall(RejectedRequests rejected) {
    this.rejected = rejected;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      firewall.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      rejected.handle(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
