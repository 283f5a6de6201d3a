package id.terpadu.casefile;

import java.util.List;

/**
 * Published in the transaction that records a case's triage, reopens it, or writes cases in bulk (the historical
 * import), for features that keep figures derived from a case's receipt, triage and closure (the timeliness report's
 * tally). Closing and transferring a case have events of their own ({@link CaseClosed},
 * {@code transfer.CaseTransferred}).
 */
public record CaseDatesChanged(List<Long> caseIds) {

  public CaseDatesChanged {
    caseIds = List.copyOf(caseIds);
  }

  public static CaseDatesChanged of(long caseId) {
    return new CaseDatesChanged(List.of(caseId));
  }
}
