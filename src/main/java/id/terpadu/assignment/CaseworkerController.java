package id.terpadu.assignment;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor or head of a case's unit gives the case (past its assignment step) another caseworker. */
@RestController
public class CaseworkerController {

  private final CaseworkerReassignment reassignment;

  CaseworkerController(CaseworkerReassignment reassignment) {
    this.reassignment = reassignment;
  }

  @Operation(summary = "Assign the case to another caseworker of its unit (e.g. after a transfer)")
  @PutMapping("/api/cases/{id}/caseworker")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public Assigned reassign(@PathVariable long id, @RequestBody Caseworker body) {
    return new Assigned(id, reassignment.reassign(id, body.caseworkerId()).getCaseworkerId());
  }

  /** The caseworker chosen. */
  public record Caseworker(String caseworkerId) {}

  /** The case and its caseworker now. */
  public record Assigned(long caseId, String caseworkerId) {}
}
