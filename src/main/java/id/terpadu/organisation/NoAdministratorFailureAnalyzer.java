package id.terpadu.organisation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains to the operator how to create the first administrator when start-up is refused. */
public class NoAdministratorFailureAnalyzer
    extends AbstractFailureAnalyzer<AdminBootstrap.NoAdministratorException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrap.NoAdministratorException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Start Terpadu once with the environment variables TERPADU_ADMIN_USER and TERPADU_ADMIN_PASSWORD "
            + "set to create the first administrator (the password must satisfy the password policy: "
            + "at least 10 characters with upper- and lower-case letters, a digit and a special character). "
            + "For a local trial, run the demo profile instead: ./mvnw spring-boot:run",
        cause);
  }
}
