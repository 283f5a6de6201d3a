package id.terpadu.support;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Working on tasks through the Camunda REST API, the way Tasklist does. */
public final class Tasks {

  private Tasks() {}

  /** The one open task of a process instance at the given activity, as this user sees it. */
  public static JsonNode task(ApiClient user, String instanceId, String key) {
    JsonNode tasks = json(user.get("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + key));
    assertThat(tasks).as("task " + key).hasSize(1);
    return tasks.get(0);
  }

  /** Claims and completes a task with the given variables (Camunda REST JSON). */
  public static void work(ApiClient user, String userId, String instanceId, String key, String variables) {
    String taskId = task(user, instanceId, key).path("id").asText();
    HttpResponse<String> claimed = user.postJson("/engine-rest/task/" + taskId + "/claim",
        "{\"userId\":\"" + userId + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":" + variables + "}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }
}
