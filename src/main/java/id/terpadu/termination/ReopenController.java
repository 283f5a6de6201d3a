package id.terpadu.termination;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReopenController {

  private final ReopenService reopening;

  public ReopenController(ReopenService reopening) {
    this.reopening = reopening;
  }

  /** Why the case is opened again. */
  public record Reopen(String reason) {}

  @Operation(summary = "Reopen a closed case: a new process instance continues the same case, from triage")
  @PostMapping("/api/cases/{caseId}/reopen")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public ReopenService.Reopened reopen(@PathVariable long caseId, @RequestBody Reopen body,
      @AuthenticationPrincipal String userId) {
    return reopening.reopen(caseId, body == null ? null : body.reason(), userId);
  }
}
