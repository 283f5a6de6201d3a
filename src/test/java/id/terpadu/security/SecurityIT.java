package id.terpadu.security;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Who gets in where: REST API, application API, webapps, actuator, task visibility between units. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SecurityIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired SessionRepository<? extends Session> sessions;

  private ProcessInstance instance;
  private final List<String> throwawayUsers = new ArrayList<>();

  @AfterEach
  void removeTestInstance() {
    if (instance != null) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
    throwawayUsers.forEach(identityService::deleteUser);
  }

  /**
   * An account of this test only, for wrong passwords: the engine throttles an account's logins for a few
   * seconds after a failure, and other test classes in the same JVM log in with the demo accounts.
   */
  private String throwawayUser() {
    User user = identityService.newUser("salah-" + UUID.randomUUID().toString().substring(0, 8));
    user.setFirstName("Uji");
    user.setLastName("Sandi");
    user.setPassword("Benar-Sekali-2026!");
    identityService.saveUser(user);
    throwawayUsers.add(user.getId());
    return user.getId();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/engine", "/engine-rest/process-definition/count", "/engine-rest/task",
      "/api/me", "/v3/api-docs", "/actuator/metrics"})
  void anonymousCallsAreRejectedWithProblemJson(String path) {
    HttpResponse<String> response = ApiClient.anonymous(port).get(path);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
    assertThat(json(response).path("code").asText()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void wrongPasswordIsRejected() {
    String user = throwawayUser();
    assertThat(ApiClient.basic(port, user, "Benar-Sekali-2026!").get("/api/me").statusCode()).isNotEqualTo(401);

    HttpResponse<String> response = ApiClient.basic(port, user, "not-the-password").get("/api/me");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("code").asText()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void adminReadsTheEngineRestApi() {
    HttpResponse<String> response =
        ApiClient.basic(port, "admin", "demo").get("/engine-rest/process-definition/count");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("count").isNumber()).isTrue();
  }

  @Test
  void healthIsOpenButOtherActuatorEndpointsAreForAdminsOnly() {
    assertThat(ApiClient.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(200);

    HttpResponse<String> caseworker = ApiClient.basic(port, "peksos1", "demo").get("/actuator/metrics");
    assertThat(caseworker.statusCode()).isEqualTo(403);
    assertThat(json(caseworker).path("code").asText()).isEqualTo("FORBIDDEN");

    assertThat(ApiClient.basic(port, "admin", "demo").get("/actuator/metrics").statusCode()).isEqualTo(200);
  }

  /**
   * Requests are timed ({@code http.server.requests}); Spring Security's own observations of every filter,
   * authentication and authorization are off (application.yaml: they cost each request CPU and nobody reads them).
   */
  @Test
  void metricsTimeRequestsButNotEachSecurityFilter() {
    assertThat(ApiClient.basic(port, "peksos1", "demo").get("/api/me").statusCode()).isEqualTo(200);

    HttpResponse<String> metrics = ApiClient.basic(port, "admin", "demo").get("/actuator/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    json(metrics).path("names").forEach(name -> names.add(name.asText()));
    assertThat(names).contains("http.server.requests");
    assertThat(names).noneMatch(name -> name.startsWith("spring.security."));
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
      "petugas, cockpit, 403", "peksos1, cockpit, 403", "provinsi, cockpit, 403", "rsud, cockpit, 403",
      "pengawas, cockpit, 200", "kepala, cockpit, 200", "admin, cockpit, 200",
      "pengawas, admin, 403", "admin, admin, 200",
      "petugas, tasklist, 200", "peksos3, tasklist, 200", "rsud, tasklist, 200", "provinsi, tasklist, 200",
      "peksos1, welcome, 200"})
  void webappLoginFollowsTheRoles(String user, String app, int expectedStatus) {
    assertThat(ApiClient.anonymous(port).webappLogin(app, user, "demo")).isEqualTo(expectedStatus);
  }

  @Test
  void webappLoginWithWrongPasswordFails() {
    String user = throwawayUser();

    assertThat(ApiClient.anonymous(port).webappLogin("tasklist", user, "wrong")).isEqualTo(401);
  }

  @Test
  void aCaseworkerOfAnotherUnitDoesNotSeeTheTask() {
    repositoryService.createDeployment().name("unit-task-test").enableDuplicateFiltering(true)
        .addClasspathResource("processes/unit-task-test.bpmn").deploy();
    instance = runtimeService.startProcessInstanceByKey("Process_UnitTaskTest", Map.of("regency", "3504"));

    JsonNode ownUnit = json(ApiClient.basic(port, "peksos1", "demo")
        .get("/engine-rest/task?processInstanceId=" + instance.getId()));
    JsonNode otherUnit = json(ApiClient.basic(port, "peksos3", "demo")
        .get("/engine-rest/task?processInstanceId=" + instance.getId()));

    assertThat(ownUnit).hasSize(1);
    assertThat(otherUnit).isEmpty();
    String taskId = ownUnit.get(0).path("id").asText();
    assertThat(ApiClient.basic(port, "peksos3", "demo").get("/engine-rest/task/" + taskId).statusCode())
        .isIn(403, 404);
    assertThat(ApiClient.basic(port, "peksos3", "demo")
        .postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"peksos3\"}").statusCode())
        .isIn(403, 404);
  }

  @Test
  void theWebappSessionAuthenticatesTheApiAndStateChangesNeedTheCsrfToken() {
    ApiClient browser = ApiClient.anonymous(port);
    assertThat(browser.webappLogin("tasklist", "peksos1", "demo")).isEqualTo(200);

    HttpResponse<String> me = browser.get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).path("userId").asText()).isEqualTo("peksos1");

    HttpResponse<String> withoutToken = browser.postJson("/api/me", "{}", false);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(json(withoutToken).path("code").asText()).isEqualTo("CSRF_TOKEN_INVALID");

    // With the token the webapp issues (as Tasklist holds it after login) the request passes CSRF
    // protection and reaches the API, which has no POST here.
    browser.get("/camunda/api/engine/engine/");
    HttpResponse<String> withToken = browser.postJson("/api/me", "{}", true);
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(405);
    assertThat(json(withToken).path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void theCurrentUserSeesTheirGroupsAndScope() {
    JsonNode me = json(ApiClient.basic(port, "pengawas2", "demo").get("/api/me"));

    assertThat(me.path("groups")).extracting(JsonNode::asText).containsExactly("supervisor", "supervisor-3503");
    assertThat(me.path("scope")).extracting(JsonNode::asText).containsExactly("3503");
  }

  /**
   * Login throttling is the engine's (checkPassword), so it holds for HTTP Basic on /api and /engine-rest and for the
   * webapp login alike: after a wrong password the next attempt within the delay fails even with the right password;
   * after loginMaxAttempts (10) failures the account is locked until an administrator unlocks it. A throwaway account;
   * the engine's clock is moved instead of waiting.
   */
  @Test
  void repeatedWrongPasswordsThrottleAndThenLockTheAccount() {
    String user = throwawayUser();
    String password = "Benar-Sekali-2026!";
    try {
      assertThat(ApiClient.basic(port, user, "salah").get("/api/me").statusCode()).isEqualTo(401);
      // Within the delay (3 s after the first failure) the right password is refused too, on every way in.
      assertThat(ApiClient.basic(port, user, password).get("/api/me").statusCode()).isEqualTo(401);
      assertThat(ApiClient.basic(port, user, password).get("/engine-rest/task/count").statusCode()).isEqualTo(401);
      assertThat(ApiClient.anonymous(port).webappLogin("tasklist", user, password)).isEqualTo(401);
      ClockUtil.offset(10_000L);
      assertThat(ApiClient.basic(port, user, password).get("/api/me").statusCode()).isEqualTo(200);

      long offset = 10_000L;
      for (int attempt = 1; attempt <= 10; attempt++) {
        offset += 61_000L;
        ClockUtil.offset(offset);
        int status = attempt % 2 == 0 ? ApiClient.anonymous(port).webappLogin("tasklist", user, "salah")
            : ApiClient.basic(port, user, "salah").get("/engine-rest/task/count").statusCode();
        assertThat(status).as("failure " + attempt).isEqualTo(401);
      }
      ClockUtil.offset(offset + 24 * 3600_000L);
      assertThat(ApiClient.basic(port, user, password).get("/api/me").statusCode()).as("locked").isEqualTo(401);
      assertThat(ApiClient.anonymous(port).webappLogin("tasklist", user, password)).as("locked").isEqualTo(401);

      assertThat(ApiClient.basic(port, "admin", "demo").postJson("/engine-rest/user/" + user + "/unlock", "")
          .statusCode()).isEqualTo(204);
      assertThat(ApiClient.basic(port, user, password).get("/api/me").statusCode()).isEqualTo(200);
    } finally {
      ClockUtil.reset();
    }
  }

  /** The browser session's cookie: HttpOnly and SameSite=Lax; it lives 30 minutes without use. */
  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndTheSessionTimesOutAfterThirtyMinutes() {
    HttpResponse<String> page = ApiClient.anonymous(port).get("/camunda/app/tasklist/default/");
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).filteredOn(c -> c.startsWith("SESSION=")).singleElement().satisfies(c -> {
      assertThat(c).containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
    });
    assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).allSatisfy(c ->
        assertThat(c).containsIgnoringCase("SameSite=Lax"));
    assertThat(sessions.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
  }

  /**
   * Security headers on every page and a sample of API routes: Terpadu's pages carry a strict Content-Security-Policy
   * (and contain no inline script or style it would block), the webapps their own; nosniff, Referrer-Policy and frame
   * options everywhere.
   */
  @Test
  void everyPageAndApiAnswerCarriesTheSecurityHeaders() throws Exception {
    ApiClient browser = ApiClient.anonymous(port);
    assertThat(browser.webappLogin("tasklist", "pengawas", "demo")).isEqualTo(200);
    List<String> pages = new ArrayList<>(List.of("/laporan", "/rapat-kasus", "/profil/notifikasi", "/dev/mail"));
    for (Resource html : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.html")) {
      String url = html.getURL().toString();
      String page = url.substring(url.indexOf("/static/") + "/static".length());
      pages.add(page);
      String content = new String(html.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(content).as(page + " has no inline style or script (CSP)")
          .doesNotContain("<style", " style=\"", "javascript:").doesNotContainPattern("<script(?![^>]*\\ssrc=)")
          .doesNotContainPattern("\\son[a-z]+=\"");
    }
    for (String html : List.of("reporting/laporan.html", "conference/rapat-kasus.html")) {
      String content = new ClassPathResource(html).getContentAsString(StandardCharsets.UTF_8);
      assertThat(content).as(html).doesNotContain("<style", " style=\"").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    }
    assertThat(pages).contains("/orang/index.html", "/penjangkauan/rencana.html", "/lapor/index.html");
    for (String page : pages) {
      HttpResponse<String> response = browser.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(page).hasValue(SecurityConfig.PAGE_CSP);
      assertThat(response.body()).as(page).doesNotContain("<style", " style=\"");
      commonHeaders(page, response, "SAMEORIGIN");
    }
    ApiClient administrator = ApiClient.anonymous(port);
    assertThat(administrator.webappLogin("admin", "admin", "demo")).isEqualTo(200);
    for (String app : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
        "/camunda/app/admin/default/", "/camunda/app/welcome/default/")) {
      HttpResponse<String> response = administrator.get(app);
      assertThat(response.statusCode()).as(app).isEqualTo(200);
      assertThat(response.headers().allValues("Content-Security-Policy")).as(app).singleElement()
          .satisfies(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
      commonHeaders(app, response, "SAMEORIGIN");
    }
    ApiClient api = ApiClient.basic(port, "pengawas", "demo");
    for (String route : List.of("/api/me", "/api/cases?size=1", "/api/agencies", "/engine-rest/task/count",
        "/api/reports/case-responses?format=csv", "/api/cases/987654321")) {
      HttpResponse<String> response = api.get(route);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(route).hasValue(SecurityConfig.API_CSP);
      commonHeaders(route, response, "DENY");
    }
    HttpResponse<String> publicApi = ApiClient.anonymous(port).get("/api/public/regions");
    assertThat(publicApi.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.API_CSP);
    commonHeaders("/api/public/regions", publicApi, "DENY");
    // Swagger UI: its own policy (scripts from files only), and its page has no inline script that would need more.
    HttpResponse<String> swagger = api.get("/swagger-ui/index.html");
    assertThat(swagger.statusCode()).isEqualTo(200);
    assertThat(swagger.headers().allValues("Content-Security-Policy")).containsExactly(SecurityConfig.SWAGGER_CSP);
    assertThat(swagger.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContainPattern("\\son[a-z]+=\"");
    commonHeaders("/swagger-ui/index.html", swagger, "DENY");
    assertThat(api.get("/swagger-ui/swagger-initializer.js").headers().allValues("Content-Security-Policy"))
        .containsExactly(SecurityConfig.SWAGGER_CSP);
    // Error pages: the webapps' 403 for an application the user may not open (the province officer has no
    // Cockpit), and Spring's error page for an address nobody serves, each with a policy.
    ApiClient province = ApiClient.anonymous(port);
    assertThat(province.webappLogin("tasklist", "provinsi", "demo")).isEqualTo(200);
    HttpResponse<String> noCockpit = province.get("/camunda/app/cockpit/default/");
    assertThat(noCockpit.statusCode()).isEqualTo(403);
    assertThat(noCockpit.headers().allValues("Content-Security-Policy")).as("webapps' 403 page").hasSize(1)
        .allSatisfy(csp -> assertThat(csp).contains("default-src", "frame-ancestors"));
    commonHeaders("webapps' 403 page", noCockpit, "SAMEORIGIN");
    HttpResponse<String> missing = province.get("/camunda/app/tidak-ada/default/");
    assertThat(missing.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(missing.headers().allValues("Content-Security-Policy")).as("webapps' error page").hasSize(1);
    HttpResponse<String> notFound = browser.get("/halaman-yang-tidak-ada");
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.headers().allValues("Content-Security-Policy")).as("error page").hasSize(1);
    // Strict-Transport-Security only over TLS: plain HTTP (tests, a local demo) does not get it.
    assertThat(api.get("/api/me").headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static void commonHeaders(String what, HttpResponse<String> response, String frameOptions) {
    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValueSatisfying(
        f -> assertThat(f).isEqualToIgnoringCase(frameOptions));
    assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
  }
}
