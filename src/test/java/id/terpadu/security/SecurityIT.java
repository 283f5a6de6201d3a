package id.terpadu.security;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
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
}
