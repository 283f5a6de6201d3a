package id.terpadu.casenote;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Notes of the case in its timeline, with their text (the timeline is read only by those who read the case). */
@Component
@Order(45)
class CaseNoteTimeline implements CaseTimelineSource {

  private final CaseNoteRepository notes;

  CaseNoteTimeline(CaseNoteRepository notes) {
    this.notes = notes;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    return notes.findByCaseIdOrderByCreatedAt(theCase.getId()).stream()
        .map(n -> new TimelineEntry(n.getCreatedAt(), n.getAuthor(), TimelineEntry.Type.NOTE_ADDED,
            "Catatan kasus", n.getText()))
        .toList();
  }
}
