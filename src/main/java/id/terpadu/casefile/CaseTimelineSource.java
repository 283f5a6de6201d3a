package id.terpadu.casefile;

import java.util.List;

/**
 * Contributes entries to a case's timeline. Each feature that records something about a case (triage,
 * safety, assessment, the process engine, later referrals) implements it next to its own data, so the
 * case file does not reach into other features. Called only after {@link CaseAccess} allowed the read.
 */
public interface CaseTimelineSource {

  /** This source's entries for the case, in any order. */
  List<TimelineEntry> entriesOf(ChildCase theCase);
}
