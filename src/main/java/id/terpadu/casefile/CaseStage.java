package id.terpadu.casefile;

/** CaseStage of a case (stable codes used in the API, the process and reports). */
public enum CaseStage {
  TRIAGE, SAFETY, ASSIGNMENT, ASSESSMENT, PLANNING, REFERRAL, MONITORING, TERMINATION
}
