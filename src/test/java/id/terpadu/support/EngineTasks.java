package id.terpadu.support;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Works a process's user tasks through {@code /engine-rest} the way Tasklist does. */
public final class EngineTasks {

  private EngineTasks() {}

  /** The one open task {@code key} of the instance that the user sees. */
  public static JsonNode task(ApiClient user, String instanceId, String key) {
    JsonNode tasks = json(user.get("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + key));
    assertThat(tasks).as("task " + key).hasSize(1);
    return tasks.get(0);
  }

  /** Claims and completes a task with the given variables (a JSON object of Camunda variable values). */
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
