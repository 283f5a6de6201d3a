package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.terpadu.support.ApiClient;
import id.terpadu.support.Browser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Cockpit plugin "SLA" in the browser: the Tulungagung supervisor opens it from Cockpit's menu and sees
 * the breach this test raised in Tulungagung, not the one in Trenggalek; the Trenggalek supervisor sees the
 * opposite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CockpitSlaBrowserIT {

  static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

  static Browser browser;
  @LocalServerPort int port;
  @Autowired ManagementService management;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void supervisorsSeeTheBreachesOfTheirOwnUnitInCockpit() {
    // Tulungagung: a complaint nobody triaged, and a case whose assessment is overdue; Trenggalek: a complaint.
    JsonNode tulungagung = register("petugas", "3504011001", "Anak dikunci di rumah.");
    fire(tulungagung.path("processInstanceId").asText(), "Timer_TriageComplaintDue");
    JsonNode assessment = register("petugas", "3504011001", "Anak sering tidak sekolah.");
    String assessmentInstance = assessment.path("processInstanceId").asText();
    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    work(supervisor, "pengawas", assessmentInstance, "Task_TriageComplaint",
        "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},\"riskLevel\":{\"value\":\"MEDIUM\"},"
            + "\"primaryCategory\":{\"value\":\"PENDIDIKAN\"}}");
    work(supervisor, "pengawas", assessmentInstance, "Task_AssignCaseworker",
        "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    Date latestDue = fire(assessmentInstance, "Timer_ConductAssessmentDue");
    JsonNode trenggalek = register("petugas2", "3503022001", "Anak tidak diberi makan.");
    fire(trenggalek.path("processInstanceId").asText(), "Timer_TriageComplaintDue");
    String ours = tulungagung.path("caseNumber").asText();
    String theirs = trenggalek.path("caseNumber").asText();
    // Three hours (and a little) after the last due date: what is overdue counts in the engine's time.
    ClockUtil.setCurrentTime(new Date(latestDue.getTime() + 3 * 3_600_000 + 300_000));

    Page page = openSla("pengawas");
    Locator sla = page.locator(".terpadu-sla");
    assertThat(sla).containsText("SLA: tenggat layanan terlewati");
    assertThat(sla).containsText("Kabupaten Tulungagung");
    assertThat(sla.locator("tr[data-case-number='" + ours + "']")).hasCount(1);
    assertThat(sla.locator("tr[data-case-number='" + assessment.path("caseNumber").asText() + "']")).hasCount(1);
    assertThat(sla).containsText(ours);
    assertThat(sla).not().containsText(theirs);
    assertThat(sla).not().containsText("dikunci");
    assertThat(sla).containsText("Selesai tepat waktu");
    assertThat(sla.locator("tr[data-case-number='" + assessment.path("caseNumber").asText() + "']"))
        .containsText("3 jam");
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(Path.of("target/screenshots/cockpit-sla.png")));
    // Grouped by caseworker: the overdue assessment is Sri Wahyuni's.
    sla.locator("button[data-grouping=byCaseworker]").click();
    assertThat(sla.locator(".terpadu-sla-group").filter(new Locator.FilterOptions().setHasText("Sri Wahyuni")))
        .containsText(assessment.path("caseNumber").asText());
    // The row links to the process instance in Cockpit.
    sla.locator("tr[data-case-number='" + ours + "'] a").first().click();
    assertThat(page).hasURL(Pattern.compile(".*#/process-instance/"
        + tulungagung.path("processInstanceId").asText() + ".*"));

    Page other = openSla("pengawas2");
    Locator theirSla = other.locator(".terpadu-sla");
    assertThat(theirSla).containsText("Kabupaten Trenggalek");
    assertThat(theirSla.locator("tr[data-case-number='" + theirs + "']")).hasCount(1);
    assertThat(theirSla).not().containsText(ours);
  }

  /** Logs into Cockpit, finds the summary on the start page and opens the SLA page from the menu. */
  private Page openSla(String user) {
    Page page = browser.newPage();
    Browser.login(page, "http://localhost:" + port, "cockpit", user, "demo");
    assertThat(page.locator(".terpadu-sla-summary[data-sla-state=loaded]")).isVisible(SLOW);
    assertThat(page.locator(".terpadu-sla-summary")).containsText("Buka dasbor SLA");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cockpit-sla-start-" + user + ".png")));
    page.locator("a.terpadu-sla-nav").click();
    assertThat(page.locator(".terpadu-sla[data-sla-state=loaded]")).isVisible(SLOW);
    return page;
  }

  private JsonNode register(String intakeUser, String village, String description) {
    HttpResponse<String> created = ApiClient.basic(port, intakeUser, "demo").postJson("/api/complaints", """
        {"channel":"PHONE","anonymous":true,"villageCode":"%s","description":"%s",
         "categories":["PENDIDIKAN"]}""".formatted(village, description));
    if (created.statusCode() != 201) {
      throw new AssertionError(created.body());
    }
    return json(created);
  }

  /**
   * Moves the clock a minute past the boundary timer's due date and runs it, as the job executor would;
   * returns the due date.
   */
  private Date fire(String instance, String timerId) {
    Job job = management.createJobQuery().processInstanceId(instance).activityId(timerId).singleResult();
    ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
    management.executeJob(job.getId());
    ClockUtil.reset();
    return job.getDuedate();
  }
}
