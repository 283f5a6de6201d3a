package id.terpadu.sla;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday list of the working-day calendar. Every staff member may read it; only administrators
 * change it (each year from the government's joint decree, and when a decree is amended).
 */
@RestController
@RequestMapping("/api/holidays")
public class HolidayController {

  private static final String ADMIN_ONLY = "hasAuthority('GROUP_camunda-admin')";

  private final HolidayDirectory directory;

  public HolidayController(HolidayDirectory directory) {
    this.directory = directory;
  }

  @Operation(summary = "Public holidays and collective leave days of a year (default: this year) by date; "
      + "with province (2 digits) only the national ones and that province's")
  @GetMapping
  public List<HolidayView> list(@RequestParam(required = false) String year,
      @RequestParam(required = false) String province) {
    return directory.list(year, province).stream().map(HolidayView::of).toList();
  }

  @Operation(summary = "Add a public holiday or collective leave day, national or (provinceCode) regional "
      + "(administrators); counts for due dates computed from now on")
  @PostMapping
  @PreAuthorize(ADMIN_ONLY)
  @ResponseStatus(HttpStatus.CREATED)
  public HolidayView add(@RequestBody HolidayInput input, @AuthenticationPrincipal String userId) {
    return HolidayView.of(directory.add(input, userId));
  }

  @Operation(summary = "Remove the national day off of a date, or with province that province's (administrators)")
  @DeleteMapping("/{date}")
  @PreAuthorize(ADMIN_ONLY)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void remove(@PathVariable String date, @RequestParam(required = false) String province) {
    directory.remove(date, province);
  }

  /** A day off as the API reports it; {@code provinceCode} null for the whole country. */
  public record HolidayView(LocalDate date, String name, HolidayKind kind, String provinceCode, String createdBy,
      Instant createdAt) {
    static HolidayView of(Holiday h) {
      return new HolidayView(h.getDate(), h.getName(), h.getKind(), h.getProvinceCode(), h.getCreatedBy(),
          h.getCreatedAt());
    }
  }
}
