package id.terpadu.conference;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import id.terpadu.conference.CaseDecision.OwnerType;
import id.terpadu.process.FormValues;
import id.terpadu.region.UnitTimeZones;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Conferences held and decisions taken and carried out, in the case's timeline (read only by those who read the
 * case).
 */
@Component
@Order(47)
class ConferenceTimeline implements CaseTimelineSource {

  private final CaseConferenceRepository conferences;
  private final CaseDecisionRepository decisions;

  ConferenceTimeline(CaseConferenceRepository conferences, CaseDecisionRepository decisions) {
    this.conferences = conferences;
    this.decisions = decisions;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    ZoneId zone = UnitTimeZones.of(theCase.getRegencyCode());
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseConference c : conferences.findByCaseIdOrderById(theCase.getId())) {
      if (c.getStatus() == CaseConference.Status.HELD) {
        String attended = c.getInvitations().stream().filter(CaseConference.Invitation::isAttended)
            .map(CaseConference.Invitation::getAgencyCode).collect(Collectors.joining(", "));
        entries.add(new TimelineEntry(c.getRecordedAt(), c.getRecordedBy(), TimelineEntry.Type.CONFERENCE_HELD,
            "Konferensi kasus", FormValues.INDONESIAN_DATE_TIME.format(c.getScheduledAt().atZone(zone)) + ", "
                + c.getPlace() + ". Mitra hadir: " + (attended.isEmpty() ? "tidak ada" : attended) + "."));
      }
    }
    for (CaseDecision d : decisions.findByCaseIdOrderById(theCase.getId())) {
      String owner = (d.getOwnerType() == OwnerType.AGENCY ? "mitra " : "") + d.getOwner();
      entries.add(new TimelineEntry(d.getCreatedAt(), d.getCreatedBy(), TimelineEntry.Type.DECISION_TAKEN,
          d.getSource() == CaseDecision.Source.CONFERENCE ? "Keputusan konferensi kasus" : "Keputusan rapat kasus",
          d.getText() + " (penanggung jawab " + owner + ", tenggat " + FormValues.INDONESIAN_DATE.format(d.getDueDate())
              + ")"));
      if (d.getStatus() == CaseDecision.Status.DONE) {
        entries.add(new TimelineEntry(d.getDoneAt(), d.getDoneBy(), TimelineEntry.Type.DECISION_CARRIED_OUT,
            "Keputusan ditindaklanjuti", d.getOutcome()));
      }
    }
    return entries;
  }
}
