package id.terpadu.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Chromium from the operating system (never a downloaded browser), driven by Playwright.
 * Install it with {@code apt-get install chromium}; .ci/run does.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of(System.getProperty("terpadu.chromium", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  private Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
          + " (apt-get install chromium)");
    }
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
  }

  public static Browser start() {
    return new Browser();
  }

  /** A fresh page, as a browser whose language is English: Terpadu must still speak Indonesian. */
  public Page newPage() {
    return browser.newContext(new NewContextOptions().setLocale("en-US").setViewportSize(1280, 800)).newPage();
  }

  /** A fresh page with its own cookies, for a browser configured as given (locale, time zone, viewport). */
  public Page newPage(NewContextOptions options) {
    return browser.newContext(options).newPage();
  }

  /** Logs into a Camunda webapp through its login form. */
  public static void login(Page page, String baseUrl, String app, String user, String password) {
    page.navigate(baseUrl + "/camunda/app/" + app + "/default/");
    // The login form is usable once the app's start-up requests are done; a person types slower than this.
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    page.locator("input[ng-model=username]").fill(user);
    page.locator("input[ng-model=password]").fill(password);
    page.locator("button[type=submit]").click();
  }

  /**
   * Logs into a webapp through its login form on a loaded machine: the first pages of a fresh application take long,
   * and the form may render again while it is being filled, so the form gets more time and the values are filled
   * again until both fields hold them.
   */
  public static void loginPatiently(Page page, String baseUrl, String app, String user, String password) {
    page.navigate(baseUrl + "/camunda/app/" + app + "/default/");
    com.microsoft.playwright.Locator name = page.locator("input[ng-model=username]");
    com.microsoft.playwright.Locator secret = page.locator("input[ng-model=password]");
    name.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(90_000));
    for (int attempt = 0; attempt < 5; attempt++) {
      name.fill(user);
      secret.fill(password);
      page.waitForTimeout(200);
      if (user.equals(name.inputValue()) && password.equals(secret.inputValue())) {
        break;
      }
    }
    page.locator("button[type=submit]").click();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
