package id.terpadu.monitoring;

import java.util.List;

/**
 * Adds to what the monitoring form shows the caseworker ("Keadaan rujukan"): a feature that knows something about
 * the child's situation that matters when monitoring (a stay in a child welfare institution) says it here, in
 * Bahasa Indonesia, next to its own data. When that changes while a monitoring task is open, the feature publishes
 * {@link CaseSituationChanged} and the form follows.
 */
public interface CaseSituationSource {

  /** Lines to show for the case, oldest first; empty when this feature has nothing to say. */
  List<String> situationOf(long caseId);
}
