package id.terpadu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request that Spring Security's firewall refuses before any controller (an encoded dot segment, a semicolon, a
 * control character in a header): 400 problem+json like every other refusal, without logging the request, whose
 * rejected parts the exception's message quotes (docs/adr/0032-hostile-input.md).
 */
@Component
public class RejectedRequests implements RequestRejectedHandler {

  /** The detail of every refusal by the firewall, whether the filter chain or a controller meets it. */
  static final String DETAIL = "The request was rejected: it contains characters or names that are not allowed.";

  private final Problems problems;

  public RejectedRequests(Problems problems) {
    this.problems = problems;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      RequestRejectedException requestRejectedException) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, DETAIL);
  }
}
