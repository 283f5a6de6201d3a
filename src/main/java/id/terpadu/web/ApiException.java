package id.terpadu.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error answered by {@code /api} as problem+json with a stable {@code code}. Title and detail are
 * English (for operators and API clients); field messages are Bahasa Indonesia (shown to users).
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final List<FieldProblem> errors;

  public ApiException(HttpStatus status, String code, String detail) {
    this(status, code, detail, List.of());
  }

  public ApiException(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
    super(detail);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public static ApiException notFound(String code, String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, code, detail);
  }

  public static ApiException conflict(String code, String detail) {
    return new ApiException(HttpStatus.CONFLICT, code, detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, detail);
  }

  public static ApiException validation(List<FieldProblem> errors) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, "The request has invalid fields.", errors);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldProblem> errors() {
    return errors;
  }
}
