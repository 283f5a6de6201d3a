package id.terpadu.casefile;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** A case's audit trail: the entries of every {@link CaseTimelineSource}, oldest first. */
@Component
public class CaseTimeline {

  /** Entries of the same millisecond in the order of {@link TimelineEntry.Type}. */
  static final Comparator<TimelineEntry> ORDER =
      Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::type);

  private final List<CaseTimelineSource> sources;

  public CaseTimeline(List<CaseTimelineSource> sources) {
    this.sources = sources;
  }

  /** The timeline of a case the caller was allowed to read. */
  public List<TimelineEntry> of(ChildCase theCase) {
    List<TimelineEntry> entries = new ArrayList<>();
    sources.forEach(source -> entries.addAll(source.entriesOf(theCase)));
    return ordered(entries);
  }

  /**
   * Oldest first, to the millisecond (the precision of the engine's history, so that a case-file record
   * written while a task completes is not ordered after the completion only by its extra digits); ties
   * by type, then as their source listed them.
   */
  static List<TimelineEntry> ordered(List<TimelineEntry> entries) {
    return entries.stream()
        .filter(e -> e.at() != null)
        .map(e -> new TimelineEntry(e.at().truncatedTo(ChronoUnit.MILLIS), e.actor(), e.type(), e.title(),
            e.detail()))
        .sorted(ORDER)
        .toList();
  }
}
