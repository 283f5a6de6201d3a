package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.terpadu.support.ApiClient;
import id.terpadu.support.Browser;
import id.terpadu.tasklist.TasklistFilters;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The caseworker's service plan form renders in Tasklist with its dynamic list and the partner agencies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ServicePlanFormBrowserIT {

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
  void caseworkerPlansServicesInTasklist() {
    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");
    JsonNode created = json(ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints", """
        {"channel":"REFERRAL_SCHOOL","anonymous":true,"villageCode":"3504011001",
         "description":"Anak tidak punya akta kelahiran.","categories":["KEPENDUDUKAN"]}"""));
    String instance = created.path("processInstanceId").asText();
    work(supervisor, "pengawas", instance, "Task_TriageComplaint",
        "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},\"riskLevel\":{\"value\":\"LOW\"},"
            + "\"primaryCategory\":{\"value\":\"KEPENDUDUKAN\"}}");
    work(supervisor, "pengawas", instance, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    work(caseworker, "peksos1", instance, "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Belum punya akta.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");
    String taskId = task(caseworker, instance, "Task_DraftServicePlan").path("id").asText();

    Page page = browser.newPage();
    Browser.login(page, "http://localhost:" + port, "tasklist", "peksos1", "demo");
    // Logged in before going to the task: navigating away would cancel the login.
    assertThat(page.getByText(TasklistFilters.MY_TASKS).first()).isVisible(
        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);

    Locator form = page.locator(".fjs-container").first();
    try {
      assertThat(form).containsText("Tujuan penanganan",
          new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    } finally {
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
          .setPath(Path.of("target/screenshots/service-plan-form-opened.png")));
    }
    assertThat(form).containsText("Layanan yang direncanakan");
    assertThat(form).not().containsText("Catatan supervisor"); // only shown for a returned plan
    assertThat(form).containsText("Jenis layanan");
    assertThat(form).containsText("Mitra layanan");
    // The agency dropdown of the first planned service offers the directory's agencies of the regency.
    form.locator(".fjs-form-field-select").nth(1).locator(".fjs-input-group").click();
    assertThat(form).containsText("Dinas Sosial");
    assertThat(form).containsText("Lembaga Bantuan Hukum");
    page.keyboard().press("Escape");
    // form-js's own texts are in Bahasa Indonesia too (scripts/terpadu-form-texts.js).
    Locator add = form.locator(".fjs-repeat-render-add");
    assertThat(add).containsText("Tambah");
    add.click();
    assertThat(form.locator(".fjs-select-placeholder").first()).hasText("Pilih");
    assertThat(form).not().containsText("Add new");
    assertThat(form).not().containsText("Select");
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(Path.of("target/screenshots/service-plan-form.png")));
  }
}
