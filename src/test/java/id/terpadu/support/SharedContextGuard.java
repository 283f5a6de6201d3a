package id.terpadu.support;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * In the integration tests' shared JVM (failsafe execution "shared-context", system property
 * {@code terpadu.it.shared-context}) every test class must use the one cached application context. A second
 * context in the same JVM would take over the engine's static registrations (ProcessEngines, the Camunda
 * webapps) from the first, so a class that needs other properties or beans is stopped here with a clear
 * message: tag it {@code @Tag("isolated")} (docs/adr/0024-integration-test-forks.md).
 */
public class SharedContextGuard extends AbstractTestExecutionListener {

  private static ApplicationContext shared;
  private static String firstClass;

  @Override
  public int getOrder() {
    // Before dependency injection loads the context for the test instance.
    return 0;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    if (!Boolean.getBoolean("terpadu.it.shared-context")) {
      return;
    }
    synchronized (SharedContextGuard.class) {
      if (shared == null) {
        shared = testContext.getApplicationContext();
        firstClass = testContext.getTestClass().getName();
        return;
      }
      // Checked before loading: a second context would already have replaced the shared one's registrations.
      if (!testContext.hasApplicationContext() || testContext.getApplicationContext() != shared) {
        throw new IllegalStateException(testContext.getTestClass().getName()
            + " needs an application context other than the shared one (first loaded by " + firstClass
            + "): use the standard setup (@SpringBootTest(webEnvironment = RANDOM_PORT), @ActiveProfiles({\"test\", "
            + "\"demo\"}), no @MockBean, @TestPropertySource or properties) or tag the class @Tag(\"isolated\")"
            + " (docs/adr/0024-integration-test-forks.md)");
      }
    }
  }
}
