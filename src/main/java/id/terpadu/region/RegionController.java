package id.terpadu.region;

import id.terpadu.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Region reference data for pages and scripts (pickers for province → regency → district → village).
 * Public reference data: every authenticated staff member may read all of it.
 */
@RestController
@RequestMapping("/api/regions")
public class RegionController {

  static final String REGION_NOT_FOUND = "REGION_NOT_FOUND";

  private final RegionDirectory directory;

  public RegionController(RegionDirectory directory) {
    this.directory = directory;
  }

  @Operation(summary = "All provinces")
  @GetMapping
  public List<RegionView> provinces() {
    return directory.provinces().stream().map(RegionView::of).toList();
  }

  @Operation(summary = "One region by its Kemendagri code (2, 4, 6 or 10 digits)")
  @GetMapping("/{code}")
  public RegionView region(@PathVariable String code) {
    return RegionView.of(existing(code));
  }

  @Operation(summary = "The regions directly below a region, ordered by code (empty for a village)")
  @GetMapping("/{code}/children")
  public List<RegionView> children(@PathVariable String code) {
    existing(code);
    return directory.children(code).stream().map(RegionView::of).toList();
  }

  private Region existing(String code) {
    return directory.find(code)
        .orElseThrow(() -> ApiException.notFound(REGION_NOT_FOUND, "No region has this code."));
  }

  /** A region as the API reports it. */
  public record RegionView(String code, String name, RegionLevel level, String parentCode) {
    static RegionView of(Region region) {
      return new RegionView(region.getCode(), region.getName(), region.getLevel(), region.getParentCode());
    }
  }
}
