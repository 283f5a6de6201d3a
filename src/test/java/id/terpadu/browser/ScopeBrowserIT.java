package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.support.ApiClient;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import id.terpadu.tasklist.TasklistFilters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Regional scope in Tasklist and Cockpit, as the users see them: the Trenggalek supervisor finds the Trenggalek
 * complaints and nothing of Tulungagung's (in no filter, not by a task's or an instance's address, not in
 * Cockpit's counts); the Tulungagung supervisor finds their own; the province officer finds no child's task and
 * cannot open Cockpit. Besides this test's two complaints, the demo profile's sample complaints (six in
 * Tulungagung, one in Trenggalek) are there too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeBrowserIT {

  static final Pattern TULUNGAGUNG_CASE = Pattern.compile("ULT-3504-");
  static final Pattern TRENGGALEK_CASE = Pattern.compile("ULT-3503-");
  static final LocatorAssertions.IsVisibleOptions AFTER_LOGIN =
      new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;

  CaseFixtures fixtures;
  Registered tulungagung;
  Registered trenggalek;
  String tulungagungTask;

  @BeforeAll
  void complaintsInBothUnits() {
    fixtures = new CaseFixtures(port);
    tulungagung = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    trenggalek = fixtures.register("petugas2", CaseFixtures.TRENGGALEK_VILLAGE);
    tulungagungTask = tasks.createTaskQuery().processInstanceId(tulungagung.processInstanceId()).singleResult()
        .getId();
    // The webapps' APIs start on their first request, slowly on a loaded machine: not in a browser's timeout.
    for (String app : List.of("tasklist", "cockpit")) {
      assertThat(ApiClient.anonymous(port).webappLogin(app, "pengawas", "demo")).isEqualTo(200);
    }
  }

  @Test
  void theTrenggalekSupervisorFindsNoTulungagungTaskInTasklist() {
    Page page = tasklist("pengawas2");
    long own = tasks.createTaskQuery().processVariableValueEquals(CaseVariables.REGENCY, "3503").count();
    assertThat(own).isGreaterThanOrEqualTo(2);
    // Every filter the supervisor has, the queue and "all tasks of the unit" among them.
    for (String filter : List.of(TasklistFilters.TEAM_QUEUE, TasklistFilters.ALL_UNIT_TASKS, TasklistFilters.OVERDUE,
        TasklistFilters.CONFERENCE_AGENDA, TasklistFilters.MY_TASKS)) {
      String listed = openFilter(page, filter);
      assertThat(listed).as(filter).doesNotContain("ULT-3504-", tulungagung.caseNumber());
      Locator list = page.locator("section.tasks-list");
      assertThat(list).not().containsText(TULUNGAGUNG_CASE);
      if (filter.equals(TasklistFilters.TEAM_QUEUE) || filter.equals(TasklistFilters.ALL_UNIT_TASKS)) {
        assertThat(list).containsText(trenggalek.caseNumber());
        assertThat(list.locator("li.task")).hasCount((int) own);
      }
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/scope-tasklist-pengawas2.png")));

    // A Tulungagung task's address, typed in: Tasklist finds no such task and shows nothing of it.
    assertTaskNotFound(page);
  }

  @Test
  void theProvinceOfficerFindsNoChildsTaskAndHasNoCockpit() {
    Page page = tasklist("provinsi");
    assertThat(page.getByText(TasklistFilters.ALL_UNIT_TASKS)).hasCount(0);
    for (String filter : List.of(TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE, TasklistFilters.MY_TASKS)) {
      String listed = openFilter(page, filter);
      assertThat(listed).as(filter).doesNotContain("ULT-");
      assertThat(page.locator("section.tasks-list li.task")).hasCount(0);
    }
    assertTaskNotFound(page);

    Page cockpit = browser.newPage();
    Response login = cockpit.waitForResponse(r -> r.url().contains("/login/cockpit"),
        () -> login(cockpit, "cockpit", "provinsi"));
    assertThat(login.status()).isEqualTo(403);
    assertThat(cockpit.locator("input[ng-model=username]")).isVisible();
    assertThat(cockpit.locator("body")).not().containsText("Penanganan kasus anak");
  }

  @Test
  void cockpitShowsEachSupervisorTheirOwnUnitOnly() {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(CaseVariables.PROCESS_KEY)
        .latestVersion().singleResult().getId();
    long trenggalekCases = runtime.createProcessInstanceQuery().processDefinitionKey(CaseVariables.PROCESS_KEY)
        .variableValueEquals(CaseVariables.REGENCY, "3503").count();
    long allInstances = runtime.createProcessInstanceQuery().count();
    long readable = json(fixtures.as("pengawas2").get("/engine-rest/process-instance/count")).path("count").asLong();
    assertThat(readable).isEqualTo(trenggalekCases).isLessThan(allInstances);

    // The start page counts the running instances the supervisor may read, not every unit's.
    Page page = browser.newPage();
    login(page, "cockpit", "pengawas2");
    assertThat(page.locator(".stats-section.process-instances .value")).isVisible(AFTER_LOGIN);
    assertThat(page.locator(".stats-section.process-instances .value"))
        .hasText(Pattern.compile("^\\s*" + readable + "\\s*$"));
    // Other test classes may have left incidents (SLA breaches) in the database: those the supervisor may read.
    long readableIncidents = json(fixtures.as("pengawas2").get("/engine-rest/incident/count")).path("count").asLong();
    assertThat(page.locator(".stats-section.open-incidents .value"))
        .hasText(Pattern.compile("^\\s*" + readableIncidents + "\\s*$"));
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/scope-cockpit-pengawas2.png")));

    // The "Processes" page: the case process with the Trenggalek instances only.
    page.navigate(base() + "/camunda/app/cockpit/default/#/processes");
    Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(CaseVariables.PROCESS_KEY));
    assertThat(row.locator("td").nth(2)).hasText(Pattern.compile("^\\s*" + trenggalekCases + "\\s*$"));

    // The process definition's instance list: Trenggalek's cases, none of Tulungagung's.
    page.navigate(base() + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
    Locator content = page.locator("body");
    assertThat(content).containsText(trenggalek.caseNumber());
    assertThat(content).not().containsText(TULUNGAGUNG_CASE);

    // A Tulungagung instance's address, typed in: Cockpit cannot load it and shows nothing of it.
    assertNothingShown(page, tulungagung.processInstanceId(),
        "/camunda/app/cockpit/default/#/process-instance/" + tulungagung.processInstanceId() + "/runtime");

    // The Tulungagung supervisor sees their own unit: the list and the instance itself.
    Page own = browser.newPage();
    login(own, "cockpit", "pengawas");
    assertThat(own.locator(".stats-section.process-instances .value")).isVisible(AFTER_LOGIN);
    own.navigate(base() + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
    Locator ownContent = own.locator("body");
    assertThat(ownContent).containsText(tulungagung.caseNumber());
    assertThat(ownContent).not().containsText(TRENGGALEK_CASE);
    own.navigate(base() + "/camunda/app/cockpit/default/#/process-instance/" + tulungagung.processInstanceId()
        + "/runtime");
    assertThat(ownContent).containsText(tulungagung.caseNumber());
  }

  /** The user's Tasklist, logged in (each page has its own cookies). */
  private Page tasklist(String user) {
    Page page = browser.newPage();
    login(page, "tasklist", user);
    assertThat(page.getByText(TasklistFilters.MY_TASKS).first()).isVisible(AFTER_LOGIN);
    return page;
  }

  /** Logs into a webapp through its login form, patiently (a loaded machine). */
  private void login(Page page, String app, String user) {
    Browser.loginPatiently(page, base(), app, user, "demo");
  }

  /** Selects a filter and returns what the engine sent for its list (tasks and their variables). */
  private String openFilter(Page page, String name) {
    String id = filters.createFilterQuery().filterName(name).singleResult().getId();
    // The previous filter's tooltip would catch the click: move the pointer away until it is gone.
    page.mouse().move(0, 0);
    assertThat(page.locator(".tooltip")).hasCount(0);
    Response list = page.waitForResponse(r -> r.url().contains("/filter/" + id + "/list"),
        () -> page.locator(".task-filters").getByText(name).first().click());
    assertThat(list.status()).as(name).isEqualTo(200);
    return list.text();
  }

  /** Opens a Tulungagung task by its address: the engine finds no such task and the page shows nothing of it. */
  private void assertTaskNotFound(Page page) {
    assertNothingShown(page, tulungagungTask, "/camunda/app/tasklist/default/#/?task=" + tulungagungTask);
    assertThat(page.locator("section.task-details .fjs-container")).hasCount(0);
  }

  /**
   * Opens an address of the other unit's task or instance: every engine call about it is refused (403/404) or
   * empty, and neither the answers nor the page show the case.
   */
  private void assertNothingShown(Page page, String id, String address) {
    List<Response> about = new ArrayList<>();
    Consumer<Response> collect = r -> {
      if (r.url().contains("/api/") && r.url().contains(id)) {
        about.add(r);
      }
    };
    page.onResponse(collect);
    try {
      page.navigate(base() + address);
      page.waitForCondition(() -> !about.isEmpty());
      page.waitForTimeout(1500);
    } finally {
      page.offResponse(collect);
    }
    for (Response response : about) {
      String body = response.text();
      assertThat(response.status() >= 400 || body.isBlank() || body.equals("[]") || body.equals("{}"))
          .as(response.url() + " " + response.status() + " " + body).isTrue();
      assertThat(body).doesNotContain(tulungagung.caseNumber());
    }
    assertThat(about).anySatisfy(r -> assertThat(r.status()).isIn(403, 404));
    assertThat(page.locator("body")).not().containsText(tulungagung.caseNumber());
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
