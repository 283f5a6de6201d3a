package id.terpadu.intake;

import id.terpadu.access.Callers;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registers a complaint from any channel; the triage task then waits for the unit's supervisor. */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

  private final IntakeService intake;
  private final Callers callers;

  public ComplaintController(IntakeService intake, Callers callers) {
    this.intake = intake;
    this.callers = callers;
  }

  @Operation(summary = "Register a complaint: opens a case and starts its triage")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_intake', 'GROUP_caseworker', 'GROUP_supervisor')")
  public IntakeService.Registered register(@RequestBody ComplaintInput complaint) {
    return intake.register(complaint, callers.current());
  }
}
