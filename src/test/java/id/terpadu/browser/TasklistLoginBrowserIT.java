package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.terpadu.support.Browser;
import id.terpadu.tasklist.TasklistFilters;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A caseworker logs into Tasklist and finds their work, in Bahasa Indonesia. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TasklistLoginBrowserIT {

  static Browser browser;
  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void caseworkerSeesHerFiltersInIndonesian() {
    Page page = browser.newPage();
    page.navigate(base() + "/camunda/app/tasklist/default/");
    assertThat(page.locator("button[type=submit]")).containsText("Masuk");
    assertThat(page.getByPlaceholder("Nama pengguna")).isVisible();

    Browser.login(page, base(), "tasklist", "peksos1", "demo");

    assertThat(page.getByText(TasklistFilters.MY_TASKS).first()).isVisible();
    assertThat(page.getByText(TasklistFilters.TEAM_QUEUE).first()).isVisible();
    assertThat(page.getByText(TasklistFilters.OVERDUE).first()).isVisible();
    assertThat(page.getByText(TasklistFilters.ALL_UNIT_TASKS)).hasCount(0);
    // Indonesian webapp labels, not English ones.
    assertThat(page.locator("body")).containsText("Mulai proses");
    assertThat(page.locator("body")).not().containsText("Start process");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/tasklist-peksos1.png")));
  }

  @Test
  void cockpitAndAdminSpeakIndonesianToo() {
    for (String app : new String[] {"cockpit", "admin", "welcome"}) {
      Page page = browser.newPage();
      page.navigate(base() + "/camunda/app/" + app + "/default/");
      assertThat(page.locator("button[type=submit]")).containsText("Masuk");
    }
  }

  @Test
  void englishStaysAvailable() {
    Page page = browser.newPage();
    page.navigate(base() + "/camunda/app/tasklist/default/?lang=en");
    assertThat(page.locator("button[type=submit]")).containsText("Log in");
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
