package id.terpadu.intake;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TakeUpController {

  private final TakeUpService takeUp;

  public TakeUpController(TakeUpService takeUp) {
    this.takeUp = takeUp;
  }

  @Operation(summary = "Take up an open historical (imported) case: its case process starts now, at triage")
  @PostMapping("/api/cases/{caseId}/take-up")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public TakeUpService.TakenUp takeUp(@PathVariable long caseId) {
    return takeUp.takeUp(caseId);
  }
}
