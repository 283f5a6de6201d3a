package id.terpadu.casefile;

/** TriageOutcome of a case (stable codes used in the API, the process and reports). */
public enum TriageOutcome {
  ACCEPTED, NOT_A_CASE, DUPLICATE
}
