package id.terpadu.conference;

import id.terpadu.conference.CaseMeetings.AgendaItem;
import id.terpadu.conference.CaseMeetings.MeetingDecisions;
import id.terpadu.conference.CaseMeetings.Recorded;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The weekly case meeting ({@code /api/case-meetings/...}: supervisors and heads) and case conferences
 * ({@code /api/cases/{id}/conferences}: the case's caseworker, the unit's supervisors and head). See
 * docs/adr/0026-case-meetings-and-conferences.md.
 */
@RestController
public class CaseConferenceController {

  private final CaseMeetings meetings;
  private final CaseConferences conferences;
  private final CaseDecisions decisions;

  public CaseConferenceController(CaseMeetings meetings, CaseConferences conferences, CaseDecisions decisions) {
    this.meetings = meetings;
    this.conferences = conferences;
    this.decisions = decisions;
  }

  /** A decision as the API shows it. */
  public record DecisionView(long id, Long conferenceId, CaseDecision.Source source, String text,
      CaseDecision.OwnerType ownerType, String owner, LocalDate dueDate, CaseDecision.Status status, String outcome,
      String createdBy, Instant createdAt, String doneBy, Instant doneAt) {
    static DecisionView of(CaseDecision d) {
      return new DecisionView(d.getId(), d.getConferenceId(), d.getSource(), d.getText(), d.getOwnerType(),
          d.getOwner(), d.getDueDate(), d.getStatus(), d.getOutcome(), d.getCreatedBy(), d.getCreatedAt(),
          d.getDoneBy(), d.getDoneAt());
    }
  }

  /** An invited agency and whether it attended. */
  public record InvitationView(String agencyCode, boolean attended) {}

  /** A conference as the API shows it, with its decisions. */
  public record ConferenceView(long id, long caseId, CaseConference.Status status, Instant scheduledAt, String place,
      List<InvitationView> invitations, String otherAttendees, String requestedBy, Instant requestedAt,
      String recordedBy, Instant recordedAt, String processInstanceId, List<DecisionView> decisions) {
    static ConferenceView of(CaseConference c, List<CaseDecision> decisions) {
      return new ConferenceView(c.getId(), c.getCaseId(), c.getStatus(), c.getScheduledAt(), c.getPlace(),
          c.getInvitations().stream().map(i -> new InvitationView(i.getAgencyCode(), i.isAttended())).toList(),
          c.getOtherAttendees(), c.getRequestedBy(), c.getRequestedAt(), c.getRecordedBy(), c.getRecordedAt(),
          c.getProcessInstanceId(), decisions.stream().map(DecisionView::of).toList());
    }
  }

  @Operation(summary = "The weekly case meeting's agenda: open cases of the caller's unit to discuss, with reasons")
  @GetMapping("/api/case-meetings/agenda")
  public List<AgendaItem> agenda() {
    return meetings.agenda();
  }

  @Operation(summary = "Record the meeting's decisions about a case: a case note and tasks for their owners")
  @PostMapping("/api/case-meetings/decisions")
  @ResponseStatus(HttpStatus.CREATED)
  public Recorded record(@RequestBody(required = false) MeetingDecisions body) {
    return meetings.record(body);
  }

  @Operation(summary = "The decisions about a case (conferences and meetings) with their outcome")
  @GetMapping("/api/cases/{caseId}/decisions")
  public List<DecisionView> decisionsOf(@PathVariable long caseId) {
    return meetings.decisionsOf(caseId).stream().map(DecisionView::of).toList();
  }

  @Operation(summary = "Start the case conferences of a case (its caseworker, the unit's supervisors and head)")
  @PostMapping("/api/cases/{caseId}/conferences")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_caseworker', 'GROUP_supervisor', 'GROUP_head')")
  public ConferenceView request(@PathVariable long caseId, @AuthenticationPrincipal String userId) {
    return ConferenceView.of(conferences.request(caseId, userId), List.of());
  }

  @Operation(summary = "The case conferences of a case with attendees and decisions")
  @GetMapping("/api/cases/{caseId}/conferences")
  public List<ConferenceView> conferencesOf(@PathVariable long caseId) {
    return conferences.ofCase(caseId).stream()
        .map(c -> ConferenceView.of(c, decisions.ofConference(c.getId()))).toList();
  }
}
