package id.terpadu.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The e-mail outbox for administrators: what waits, what was sent, what failed; send again. */
@RestController
@RequestMapping("/api/admin/outbox")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class OutboxAdminController {

  private final OutboxAdmin admin;

  public OutboxAdminController(OutboxAdmin admin) {
    this.admin = admin;
  }

  @Operation(summary = "Outbox messages, newest first, optionally by status (administrators)")
  @GetMapping
  public OutboxAdmin.MessagePage list(
      @Parameter(description = "PENDING, SENT or FAILED") @RequestParam(required = false) String status,
      @Parameter(description = "Page number from 0") @RequestParam(required = false) String page,
      @Parameter(description = "Messages per page, 1–100, default 20") @RequestParam(required = false) String size) {
    return admin.list(status, page, size);
  }

  @Operation(summary = "One outbox message with its body (administrators)")
  @GetMapping("/{id}")
  public OutboxAdmin.MessageView get(@PathVariable long id) {
    return admin.get(id);
  }

  @Operation(summary = "Send a pending or failed message again with a fresh series of attempts (administrators)")
  @PostMapping("/{id}/retry")
  public OutboxAdmin.MessageView retry(@PathVariable long id) {
    return admin.retry(id);
  }
}
