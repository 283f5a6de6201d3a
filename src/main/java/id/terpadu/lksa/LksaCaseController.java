package id.terpadu.lksa;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case's placements in institutions, for whoever may read the case ({@code casefile.CaseAccess}). */
@RestController
public class LksaCaseController {

  private final Residents residents;

  public LksaCaseController(Residents residents) {
    this.residents = residents;
  }

  @Operation(summary = "The case child's stays in child welfare institutions, newest first")
  @GetMapping("/api/cases/{id}/placements")
  public List<PlacementView> placements(@PathVariable long id) {
    return residents.placementsOfCase(id);
  }
}
