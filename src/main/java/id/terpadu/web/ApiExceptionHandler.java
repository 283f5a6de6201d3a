package id.terpadu.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure of an {@code /api} controller into problem+json with a stable code. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** Bean Validation constraint → stable field code. */
  private static final Map<String, String> FIELD_CODES = Map.of(
      "NotNull", "REQUIRED", "NotBlank", "REQUIRED", "NotEmpty", "REQUIRED",
      "Size", "LENGTH", "Pattern", "FORMAT", "Email", "FORMAT",
      "Min", "RANGE", "Max", "RANGE", "PastOrPresent", "DATE_IN_FUTURE", "Past", "DATE_IN_FUTURE");

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> handleApi(ApiException e) {
    return ResponseEntity.status(e.status())
        .body(Problems.of(e.status(), e.code(), e.getMessage(), e.errors()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN,
        ProblemCodes.FORBIDDEN, "Your role may not do this.", List.of()));
  }

  /** The engine refused the caller (Camunda authorizations): the same answer as a role that may not. */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ProblemDetail> handleEngineAuthorization(org.camunda.bpm.engine.AuthorizationException e) {
    return handleAccessDenied(null);
  }

  /**
   * A multipart body that cannot be parsed (no or a wrong boundary, cut off): the client's fault. A file over the
   * limit ({@code MaxUploadSizeExceededException}, a subclass) keeps Spring's 413.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> handleMultipart(MultipartException e) {
    return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
        "The multipart body could not be read.", List.of()));
  }

  /**
   * Spring Security's firewall refused a parameter or header (for instance a form post whose "parameter name" is a
   * JSON document): the client's fault. Its message quotes the input, so it is not logged.
   */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> handleRejected(RequestRejectedException e) {
    return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
        RejectedRequests.DETAIL, List.of()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    if (DatabaseUnavailable.causedBy(e)) {
      LOG.warn("Database unavailable in API call: {}", e.getClass().getName());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
          .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.DATABASE_UNAVAILABLE,
              DatabaseUnavailable.DETAIL, List.of()));
    }
    // Messages may quote user input (a child's name, a NIK): log the types and the stack at ERROR, never a message.
    LOG.error("Unexpected error in API call: {}", e.getClass().getName(), WithoutMessages.of(e));
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR, "Unexpected server error.", List.of()));
  }

  /** Unreadable JSON is a 400; a body cut off at {@link RequestBodyLimit} is a 413. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLarge tooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
            ProblemCodes.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), List.of()));
      }
    }
    return super.handleHttpMessageNotReadable(ex, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(ApiExceptionHandler::toFieldProblem).toList();
    return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
        ProblemCodes.VALIDATION_FAILED, "The request has invalid fields.", errors));
  }

  private static FieldProblem toFieldProblem(FieldError error) {
    String code = FIELD_CODES.getOrDefault(error.getCode(), "INVALID");
    String message = error.getDefaultMessage() != null ? error.getDefaultMessage() : "Nilai tidak valid.";
    return new FieldProblem(error.getField(), code, message);
  }

  /** Adds a stable code to the problems Spring MVC creates itself (bad JSON, wrong method, …). */
  @Override
  protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
      problem.setProperty("code", codeFor(statusCode));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static String codeFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> ProblemCodes.MALFORMED_REQUEST;
      case 404 -> ProblemCodes.NOT_FOUND;
      case 405 -> ProblemCodes.METHOD_NOT_ALLOWED;
      case 409 -> ProblemCodes.CONFLICT;
      case 413 -> ProblemCodes.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemCodes.UNSUPPORTED_MEDIA_TYPE;
      default -> status.is5xxServerError() ? ProblemCodes.INTERNAL_ERROR : "HTTP_" + status.value();
    };
  }
}
