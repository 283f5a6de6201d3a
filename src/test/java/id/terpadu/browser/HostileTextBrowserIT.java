package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.terpadu.support.ApiClient;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.tasklist.TasklistFilters;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Markup and script in a complaint's description stay text where the description is shown in the webapps: the
 * triage form in Tasklist (a read-only textarea of the Camunda Form) and the process instance's variables in Cockpit
 * ({@code confidentialDescription}). Neither runs the script, creates the image or loads its source.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HostileTextBrowserIT {

  static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String SVG = "<svg onload=\"window.__xss=1\"></svg>";

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  void markupInTheDescriptionIsShownAsTextInTasklistAndCockpit() throws Exception {
    String marker = "uji-" + UUID.randomUUID().toString().substring(0, 8);
    String description = "Anak dilaporkan " + marker + " " + IMG + " " + SCRIPT + " " + SVG + " selesai.";
    ObjectNode body = new ObjectMapper().createObjectNode()
        .put("channel", "PHONE").put("anonymous", true).put("villageCode", "3504011001")
        .put("description", description);
    body.putArray("categories").add("PENDIDIKAN");
    HttpResponse<String> created = ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints",
        body.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode registered = json(created);
    String caseNumber = registered.path("caseNumber").asText();
    String instance = registered.path("processInstanceId").asText();
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_TriageComplaint").singleResult().getId();

    // Tasklist: the supervisor opens the triage task; the form shows the description as written.
    Page tasklist = browser.newPage();
    List<String> tasklistImages = imageRequestsToX(tasklist);
    login(tasklist, "tasklist", "pengawas");
    assertThat(tasklist.getByText(TasklistFilters.MY_TASKS).first()).isVisible();
    tasklist.navigate(base() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    Locator form = tasklist.locator("section.task-details .fjs-container");
    assertThat(form.locator(".fjs-form-field").first()).containsText(caseNumber);
    Locator textarea = form.locator(".fjs-form-field").filter(new Locator.FilterOptions()
        .setHasText("Uraian pengaduan")).locator("textarea");
    assertThat(textarea).hasValue(description);
    tasklist.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/hostile-tasklist.png")));
    assertNothingRan(tasklist, tasklistImages);

    // Cockpit: the supervisor opens the process instance's variables; the value is shown as text.
    Page cockpit = browser.newPage();
    List<String> cockpitImages = imageRequestsToX(cockpit);
    login(cockpit, "cockpit", "pengawas");
    assertThat(cockpit.locator(".stats-section.process-instances .value")).isVisible(
        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    cockpit.navigate(base() + "/camunda/app/cockpit/default/#/process-instance/" + instance
        + "/runtime?tab=variables-tab");
    Locator row = cockpit.locator("tr").filter(new Locator.FilterOptions().setHasText("confidentialDescription"));
    assertThat(row).containsText(marker);
    assertThat(row).containsText(IMG);
    assertThat(row).containsText(SCRIPT);
    assertThat(row).containsText(SVG);
    cockpit.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/hostile-cockpit.png")));
    assertNothingRan(cockpit, cockpitImages);
  }

  /** The script did not run, no element of the payload was created, its image source was never requested. */
  private static void assertNothingRan(Page page, List<String> imageRequests) {
    page.waitForTimeout(500);
    assertThat(page.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
    assertThat(page.locator("img[src=x]")).hasCount(0);
    assertThat(page.locator("svg[onload]")).hasCount(0);
    assertThat(page.evaluate("() => [...document.scripts].filter(s => s.text.includes('__xss')).length"))
        .isEqualTo(0);
    assertThat(imageRequests).isEmpty();
  }

  /** Requests for the payload's image source ({@code x} relative to the page), which a created element would make. */
  private static List<String> imageRequestsToX(Page page) {
    List<String> requests = Collections.synchronizedList(new ArrayList<>());
    page.onRequest(request -> {
      String path = URI.create(request.url()).getRawPath();
      if (path != null && path.endsWith("/x")) {
        requests.add(request.url());
      }
    });
    return requests;
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** Logs into a webapp; fills the form again if it rendered anew while being filled (a loaded machine). */
  private void login(Page page, String app, String user) {
    Browser.loginPatiently(page, base(), app, user, "demo");
  }
}
