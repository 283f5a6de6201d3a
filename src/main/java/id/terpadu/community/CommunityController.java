package id.terpadu.community;

import id.terpadu.community.CommunityRegistry.ActivityInput;
import id.terpadu.community.CommunityRegistry.GroupInput;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Community child-protection groups (PATBM) and prevention activities, for the unit's supervisors and head within
 * their region scope and for administrators ({@link CommunityAccess}); the activity report also for the province.
 */
@RestController
@RequestMapping("/api/community")
public class CommunityController {

  private final CommunityRegistry registry;
  private final ActivityReport report;

  public CommunityController(CommunityRegistry registry, ActivityReport report) {
    this.registry = registry;
    this.report = report;
  }

  @Operation(summary = "Community groups (PATBM) in the caller's scope, optionally of one region (any level)")
  @GetMapping("/groups")
  public List<GroupView> groups(@RequestParam(required = false) String region) {
    return registry.groups(region).stream().map(GroupView::of).toList();
  }

  @Operation(summary = "Register a community group in a village of the caller's scope")
  @PostMapping("/groups")
  @ResponseStatus(HttpStatus.CREATED)
  public GroupView register(@RequestBody GroupInput input) {
    return GroupView.of(registry.register(input));
  }

  @Operation(summary = "One community group (404 outside the caller's scope)")
  @GetMapping("/groups/{id}")
  public GroupView group(@PathVariable long id) {
    return GroupView.of(registry.group(id));
  }

  @Operation(summary = "Change a community group: name, village, contact person, members, active")
  @PutMapping("/groups/{id}")
  public GroupView update(@PathVariable long id, @RequestBody GroupInput input) {
    return GroupView.of(registry.update(id, input));
  }

  @Operation(summary = "Prevention activities in the caller's scope (filters: groupId, region, from, to)")
  @GetMapping("/activities")
  public List<ActivityView> activities(@RequestParam(required = false) Long groupId,
      @RequestParam(required = false) String region, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return registry.activities(groupId, region, from, to).stream().map(ActivityView::of).toList();
  }

  @Operation(summary = "Record a prevention activity of a group (or of the unit) in a village")
  @PostMapping("/activities")
  @ResponseStatus(HttpStatus.CREATED)
  public ActivityView record(@RequestBody ActivityInput input) {
    return ActivityView.of(registry.record(input));
  }

  @Operation(summary = "One prevention activity (404 outside the caller's scope)")
  @GetMapping("/activities/{id}")
  public ActivityView activity(@PathVariable long id) {
    return ActivityView.of(registry.activity(id));
  }

  @Operation(summary = "Correct a prevention activity: every field as when recording, with the version read"
      + " (409 VERSION_CONFLICT when changed meanwhile)")
  @PutMapping("/activities/{id}")
  public ActivityView change(@PathVariable long id, @RequestBody ActivityInput input) {
    return ActivityView.of(registry.change(id, input));
  }

  @Operation(summary = "Delete a prevention activity recorded in error (the version read as ?version=)")
  @DeleteMapping("/activities/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
    registry.delete(id, version);
  }

  @Operation(summary = "Prevention activities counted per regency or district per month of a year (json or csv)")
  @GetMapping("/reports/activities")
  public ResponseEntity<?> activityReport(@RequestParam(required = false) String year,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String region,
      @RequestParam(required = false) String format) {
    String f = format == null || format.isBlank() ? "json" : format.trim();
    if (!f.equals("json") && !f.equals("csv")) {
      throw ApiException.validation(List.of(new FieldProblem("format", "UNKNOWN_CODE", "Format harus json atau csv.")));
    }
    ActivityReport.Report counted = report.count(year, groupBy, region);
    if (f.equals("json")) {
      return ResponseEntity.ok(counted);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"kegiatan-pencegahan-" + counted.year() + ".csv\"")
        .body(ActivityReport.csv(counted));
  }

  /** A group as the API answers it. */
  public record GroupView(long id, String name, String regencyCode, String districtCode, String villageCode,
      String contactName, String contactPhone, boolean active, List<MemberView> members, String createdBy,
      Instant createdAt, long version) {
    static GroupView of(CommunityGroup g) {
      return new GroupView(g.getId(), g.getName(), g.getRegencyCode(), g.getDistrictCode(), g.getVillageCode(),
          g.getContactName(), g.getContactPhone(), g.isActive(),
          g.getMembers().stream().map(m -> new MemberView(m.getName(), m.getRole(), m.getPhone())).toList(),
          g.getCreatedBy(), g.getCreatedAt(), g.getVersion());
    }
  }

  /** A member as the API answers it. */
  public record MemberView(String name, MemberRole role, String phone) {}

  /** An activity as the API answers it. */
  public record ActivityView(long id, Long groupId, ActivityKind kind, String kindLabel, LocalDate date, String topic,
      String regencyCode, String districtCode, String villageCode, int boys, int girls, int men, int women,
      int participants, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {
    static ActivityView of(PreventionActivity a) {
      PreventionActivity.Participants p = a.getParticipants();
      return new ActivityView(a.getId(), a.getGroupId(), a.getKind(), a.getKind().label(), a.getActivityDate(),
          a.getTopic(), a.getRegencyCode(), a.getDistrictCode(), a.getVillageCode(), p.boys(), p.girls(), p.men(),
          p.women(), p.total(), a.getCreatedBy(), a.getCreatedAt(), a.getUpdatedBy(), a.getUpdatedAt(),
          a.getVersion());
    }
  }
}
