package id.terpadu.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds and writes RFC 9457 problem details with Terpadu's {@code code} and {@code errors}. */
@Component
public class Problems {

  private final ObjectMapper objectMapper;

  public Problems(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public static ProblemDetail of(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:terpadu:problem:" + code.toLowerCase().replace('_', '-')));
    problem.setProperty("code", code);
    if (errors != null && !errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** Writes a problem from a servlet filter, where no controller advice runs. */
  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
      String detail) throws IOException {
    ProblemDetail problem = of(status, code, detail, List.of());
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
