package id.terpadu.casefile;

/** CaseStatus of a case (stable codes used in the API, the process and reports). */
public enum CaseStatus {
  OPEN, CLOSED
}
