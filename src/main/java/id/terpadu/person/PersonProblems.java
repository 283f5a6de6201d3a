package id.terpadu.person;

import id.terpadu.web.ProblemCodes;
import id.terpadu.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The person registry's conflicts as problem+json: a {@link PersonConflict} with its extra properties; a record
 * changed by someone else meanwhile (optimistic lock) and a unique constraint hit by a concurrent registration
 * (NIK, source id) as 409 instead of 500. Runs before the general {@code ApiExceptionHandler}.
 */
@RestControllerAdvice(assignableTypes = {PersonController.class, PersonRegistryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersonProblems {

  static final String VERSION_CONFLICT = "VERSION_CONFLICT";

  @ExceptionHandler(PersonConflict.class)
  ResponseEntity<ProblemDetail> conflict(PersonConflict e) {
    ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage(), e.errors());
    e.properties().forEach(problem::setProperty);
    return ResponseEntity.status(e.status()).body(problem);
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> changedMeanwhile(ObjectOptimisticLockingFailureException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, VERSION_CONFLICT,
        "The person record was changed by someone else meanwhile; reload it and try again.", List.of()));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException e) {
    // A concurrent registration of the same NIK or source id, or a relation added twice at once.
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, ProblemCodes.CONFLICT,
        "The change conflicts with a record saved meanwhile (same NIK, source id or relation); reload and try"
            + " again.", List.of()));
  }
}
