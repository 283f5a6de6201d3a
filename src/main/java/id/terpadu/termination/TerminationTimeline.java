package id.terpadu.termination;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import id.terpadu.casefile.TimelineEntry.Type;
import id.terpadu.process.TaskActor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Termination proposals with the supervisor's decisions, and reopenings of the case. */
@Component
@Order(40)
class TerminationTimeline implements CaseTimelineSource {

  private final CaseTerminationRepository terminations;
  private final CaseReopeningRepository reopenings;

  TerminationTimeline(CaseTerminationRepository terminations, CaseReopeningRepository reopenings) {
    this.terminations = terminations;
    this.reopenings = reopenings;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseTermination t : terminations.findByCaseIdOrderByProposedAt(theCase.getId())) {
      entries.add(new TimelineEntry(t.getProposedAt(), t.getProposedBy(), Type.TERMINATION_PROPOSED,
          "Terminasi diusulkan", "Alasan: " + t.getReason().label()));
      if (t.getDecidedAt() != null) {
        boolean approved = t.getStatus() == CaseTermination.Status.APPROVED;
        entries.add(new TimelineEntry(t.getDecidedAt(), t.getDecidedBy(), Type.TERMINATION_DECIDED,
            approved ? "Terminasi disetujui" : "Terminasi dikembalikan",
            approved ? "Kasus ditutup: " + t.getReason().label() : "Monitoring dilanjutkan"));
      }
    }
    for (CaseReopening r : reopenings.findByCaseIdOrderByReopenedAt(theCase.getId())) {
      if (r.getPreviousClosedAt() != null) {
        // the case file keeps only its latest closure; earlier ones are kept with each reopening
        entries.add(new TimelineEntry(r.getPreviousClosedAt(), TaskActor.SYSTEM, Type.CASE_CLOSED,
            "Kasus ditutup: " + (r.getPreviousClosureReason() == null ? "tanpa alasan tercatat"
                : r.getPreviousClosureReason().label()), null));
      }
      entries.add(new TimelineEntry(r.getReopenedAt(), r.getReopenedBy(), Type.CASE_REOPENED, "Kasus dibuka kembali",
          "Alasan: " + r.getReason()));
    }
    return entries;
  }
}
