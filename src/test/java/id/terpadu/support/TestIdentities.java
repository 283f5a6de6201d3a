package id.terpadu.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records what the log and e-mail leak scan ({@code hostile.TestOutputLeakScanIT}) looks for: when a test JVM's
 * tests end (or an application context closes before), the names, NIKs and addresses of every person the tests
 * stored and of every case's reporter, every case description, and every e-mail the outbox holds, into
 * {@code target/test-logs/identities-*.txt}, {@code descriptions-*.txt} and {@code mails-*.txt}. Registered as a JUnit Platform listener (META-INF/services) and, for the
 * contexts, as a Spring application listener (META-INF/spring.factories of the tests).
 */
public class TestIdentities implements TestExecutionListener {

  public static final Path DIRECTORY = Path.of("target", "test-logs");
  private static final Set<ConfigurableApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

  /** Remembers each started application context; records it once more when it closes. */
  public static class ContextTracker implements ApplicationListener<ApplicationEvent> {
    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ApplicationReadyEvent ready) {
        CONTEXTS.add(ready.getApplicationContext());
      } else if (event instanceof ContextClosedEvent closed
          && closed.getApplicationContext() instanceof ConfigurableApplicationContext context
          && CONTEXTS.remove(context)) {
        record(context);
      }
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    for (ConfigurableApplicationContext context : List.copyOf(CONTEXTS)) {
      if (context.isActive()) {
        record(context);
      }
    }
  }

  static void record(ConfigurableApplicationContext context) {
    JdbcTemplate jdbc;
    try {
      jdbc = context.getBean(JdbcTemplate.class);
    } catch (RuntimeException e) {
      return;
    }
    String suffix = ProcessHandle.current().pid() + "-" + Integer.toHexString(System.identityHashCode(context));
    List<String> identities = new ArrayList<>();
    List<String> mails = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    try {
      jdbc.query("SELECT name, nik, address FROM person", rs -> {
        for (int i = 1; i <= 3; i++) {
          String value = rs.getString(i);
          if (value != null && !value.isBlank()) {
            identities.add(value.replace('\n', ' ').replace('\r', ' '));
          }
        }
      });
      // Whoever reported a case is as confidential as the child; the description is recorded for the scan to
      // pick the ones it can match reliably (hostile.TestOutputLeakScanIT).
      jdbc.query("SELECT reporter_name, description FROM child_case", rs -> {
        String reporter = rs.getString(1);
        if (reporter != null && !reporter.isBlank()) {
          identities.add(reporter.replace('\n', ' ').replace('\r', ' '));
        }
        String description = rs.getString(2);
        if (description != null && !description.isBlank()) {
          descriptions.add(description.replaceAll("\\s+", " ").strip());
        }
      });
      jdbc.query("SELECT subject, body FROM outbox_message", rs -> {
        mails.add(rs.getString(1) + "\n" + rs.getString(2) + "\n\u0000");
      });
      // Whatever reached the demo profile's SMTP sink, also mail sent past the outbox.
      context.getBeanProvider(GreenMail.class).ifAvailable(sink -> {
        for (MimeMessage message : sink.getReceivedMessages()) {
          mails.add(GreenMailUtil.getHeaders(message) + "\n" + GreenMailUtil.getBody(message) + "\n\u0000");
        }
      });
      Files.createDirectories(DIRECTORY);
      Files.write(DIRECTORY.resolve("identities-" + suffix + ".txt"), identities, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      Files.write(DIRECTORY.resolve("descriptions-" + suffix + ".txt"), descriptions, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      Files.writeString(DIRECTORY.resolve("mails-" + suffix + ".txt"), String.join("", mails),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // A context whose database is gone (stopped node): nothing to record.
    }
  }
}
