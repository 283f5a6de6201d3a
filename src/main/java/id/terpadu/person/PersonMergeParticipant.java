package id.terpadu.person;

import java.util.Collection;
import java.util.List;

/**
 * A feature that keeps records of a person (case files: the child of a case; later outreach visits, programme
 * memberships) and moves them when two person records are merged, and back when the merge is undone. Implemented
 * next to the feature's own data, so the person registry does not reach into it. Called inside the merge's
 * transaction.
 */
public interface PersonMergeParticipant {

  /** The kind of record, as stored with the merge ({@code CASE}); at most 30 characters, unique per feature. */
  String kind();

  /** Moves every record of {@code fromPersonId} to {@code toPersonId}; returns the ids of the records moved. */
  List<Long> moveAll(long fromPersonId, long toPersonId);

  /** Moves these records back, each only when it still belongs to {@code fromPersonId}. */
  void moveBack(Collection<Long> recordIds, long fromPersonId, long toPersonId);
}
