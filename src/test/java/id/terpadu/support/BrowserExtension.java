package id.terpadu.support;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One headless Chromium per test class ({@code @RegisterExtension static BrowserExtension browser = ...}),
 * pages as an Indonesian user's browser opens them, and when a test fails a screenshot and the HTML of
 * every page it opened under {@code target/browser-failures/}, with the page's requests, their answers and its
 * console messages.
 */
public final class BrowserExtension
    implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, TestExecutionExceptionHandler {

  public static final int WIDTH = 1280;
  public static final int HEIGHT = 900;
  private static final Path FAILURES = Path.of("target", "browser-failures");
  private static final double ASSERTION_TIMEOUT_MS = 15_000;

  private Browser browser;
  private final List<Page> pages = new ArrayList<>();
  /** Per page: every request it made with its answer's status, for the failure report. */
  private final Map<Page, List<String>> traffic = new ConcurrentHashMap<>();
  /** Console reports of blocked content on Terpadu's own pages (not the webapps'). */
  private final List<String> cspViolations = Collections.synchronizedList(new ArrayList<>());

  /** A page with its own cookies: locale id-ID, time zone Asia/Jakarta, viewport 1280×900. */
  public Page newPage() {
    Page page = browser.newPage(new NewContextOptions().setLocale("id-ID").setTimezoneId("Asia/Jakarta")
        .setViewportSize(WIDTH, HEIGHT));
    pages.add(page);
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    traffic.put(page, log);
    page.onResponse(response -> log.add(Instant.now() + " " + response.request().method() + " "
        + URI.create(response.url()).getRawPath() + " -> " + response.status()));
    page.onRequestFailed(request -> log.add(Instant.now() + " " + request.method() + " "
        + URI.create(request.url()).getRawPath() + " failed: " + request.failure()));
    page.onConsoleMessage(message -> {
      log.add(Instant.now() + " console." + message.type() + ": " + message.text());
      // Terpadu's pages must work under their Content-Security-Policy (SecurityConfig.PAGE_CSP): a blocked inline
      // script or style fails the test. The webapps (/camunda/**) have Camunda's own policy.
      if (message.text().contains("Content Security Policy") && !page.url().contains("/camunda/")) {
        cspViolations.add(page.url() + ": " + message.text());
      }
    });
    return page;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // A loaded CI machine renders Tasklist slowly; waiting longer is not slower when it is fast.
    PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
    browser = Browser.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Page page : pages) {
      page.context().close();
    }
    pages.clear();
    traffic.clear();
    List<String> violations = List.copyOf(cspViolations);
    cspViolations.clear();
    if (!violations.isEmpty()) {
      throw new AssertionError("Content-Security-Policy violations on Terpadu's pages:\n"
          + String.join("\n", violations));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      try {
        Files.createDirectories(FAILURES);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
            .setPath(FAILURES.resolve(name + "-" + i + ".png")));
        Files.writeString(FAILURES.resolve(name + "-" + i + ".html"), page.content(), StandardCharsets.UTF_8);
        List<String> log = traffic.getOrDefault(page, List.of());
        synchronized (log) {
          Files.write(FAILURES.resolve(name + "-" + i + ".log"), log, StandardCharsets.UTF_8);
        }
      } catch (PlaywrightException | IOException e) {
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }
}
