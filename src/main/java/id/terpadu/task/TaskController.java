package id.terpadu.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claiming and completing a user task for API clients (e.g. a partner agency's own system), with Terpadu's
 * problem+json answers: 404 for a task the caller cannot see, 409 {@code TASK_ALREADY_CLAIMED} /
 * {@code TASK_ALREADY_COMPLETED} for the one who lost a race. The engine's authorizations decide, as in
 * {@code /engine-rest} and Tasklist (docs/adr/0030-task-api-and-concurrent-work.md).
 */
@RestController
public class TaskController {

  private final TaskActions actions;

  public TaskController(TaskActions actions) {
    this.actions = actions;
  }

  /** Variables to complete a task with: plain JSON values; objects and arrays become JSON variables. */
  public record Completion(Map<String, JsonNode> variables) {}

  @Operation(summary = "Claim a task for the caller (409 TASK_ALREADY_CLAIMED if someone else has it)")
  @PostMapping("/api/tasks/{taskId}/claim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void claim(@PathVariable String taskId) {
    actions.claim(taskId);
  }

  @Operation(summary = "Complete a task with variables (409 TASK_ALREADY_COMPLETED or TASK_ALREADY_CLAIMED)")
  @PostMapping("/api/tasks/{taskId}/complete")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void complete(@PathVariable String taskId, @RequestBody(required = false) Completion completion) {
    actions.complete(taskId, completion == null || completion.variables() == null ? Map.of() : completion.variables());
  }
}
