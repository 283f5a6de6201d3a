package id.terpadu.casefile;

/**
 * Names of the process variables of a case: ids and small routing facts only. The case's facts live
 * in the case file; variables whose name starts with {@link #CONFIDENTIAL_PREFIX} (form inputs with a
 * child's or reporter's identity, free-text notes) are never written to the engine's history and are
 * removed from the process as soon as they are stored in the case file.
 */
public final class CaseVariables {
  public static final String PROCESS_KEY = "Process_CaseManagement";

  public static final String CASE_ID = "caseId";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String REGENCY = "regency";
  public static final String CHANNEL = "channel";
  public static final String PRIMARY_CATEGORY = "primaryCategory";
  public static final String CHILD_IN_DANGER = "childInDanger";
  public static final String RISK_LEVEL = "riskLevel";
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  public static final String CASEWORKER = "caseworkerId";

  public static final String CONFIDENTIAL_PREFIX = "confidential";
  /** The complaint text, kept in the running process for the unit's forms, never in history. */
  public static final String DESCRIPTION = "confidentialDescription";

  private CaseVariables() {}
}
