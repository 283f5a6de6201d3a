package id.terpadu.kla;

/** Process variables of {@code Process_KlaAssessment}: ids and routing facts only; the values live in the tables. */
public final class KlaVariables {
  public static final String PROCESS_KEY = "Process_KlaAssessment";

  public static final String ROUND_ID = "roundId";
  /** The regency code (named like the case processes' variable, which deadlines and escalation read). */
  public static final String REGENCY = "regency";
  public static final String YEAR = "year";
  /** The round's label {@code KLA-<regency>-<year>}, shown where deadlines reminders name a case number. */
  public static final String LABEL = "caseNumber";
  public static final String INSTITUTIONAL_SUBMISSION = "institutionalSubmissionId";
  /** Element variable of the multi-instance subprocess: one submission (district × cluster). */
  public static final String SUBMISSION_ID = "submissionId";
  public static final String DISTRICT = "district";
  public static final String CLUSTER = "cluster";
  /** SLA stage of the district's task: {@code KLA_INPUT}, after a return {@code KLA_REVISION}. */
  public static final String STAGE = "klaStage";
  public static final String DECISION = "klaDecision";
  public static final String COMMENT = "klaComment";
  /** Task-local: the Markdown the forms show (what to fill in, evidence, verifier's comment). */
  public static final String INFO = "klaInfo";
  /** Task-local: the submission a task works on. */
  public static final String TASK_SUBMISSION = "klaSubmissionId";

  public static final String TASK_FILL_INSTITUTIONAL = "Task_FillInstitutional";
  public static final String TASK_FILL_CLUSTER = "Task_FillCluster";
  public static final String TASK_VERIFY_CLUSTER = "Task_VerifyCluster";

  private KlaVariables() {}
}
