package id.terpadu.vulnerable;

/** Names of the basic-needs assessment process ({@code bpmn/basic-needs-assessment.bpmn}) and its variables. */
public final class BasicNeedsProcess {

  public static final String PROCESS_KEY = "Process_BasicNeedsAssessment";
  public static final String RECORD_TASK = "Task_RecordBasicNeeds";
  public static final String VERIFY_TASK = "Task_VerifyBasicNeeds";
  /** The stages of the deadline and escalation tables ({@code bpmn/sla-deadlines.dmn}). */
  public static final String STAGE_RECORD = "BASIC_NEEDS";
  public static final String STAGE_VERIFY = "BASIC_NEEDS_VERIFICATION";

  public static final String ENTRY_ID = "entryId";
  /** The unit whose caseworkers record it (and whose supervisors and head oversee it). */
  public static final String REGENCY = "regency";
  public static final String DECISION = "basicNeedsDecision";
  public static final String NOTE = "confidentialBasicNeedsNote";
  public static final String VERIFICATION_COMMENT = "confidentialVerificationComment";

  // Task-local variables the forms show (set when the task is created)
  public static final String PERSON_NAME = "confidentialPersonName";
  public static final String RETURN_COMMENT = "confidentialReturnComment";
  public static final String REFERENCE = "basicNeedsReference";
  public static final String SEX_AGE = "basicNeedsSexAge";
  public static final String REGION = "basicNeedsRegion";
  public static final String CATEGORIES = "basicNeedsCategories";
  public static final String DTKS = "basicNeedsDtks";
  public static final String RECORDED_BY = "basicNeedsRecordedBy";

  private BasicNeedsProcess() {}

  /** The business key of an entry's assessment: an id, never the person's identity. */
  public static String businessKey(long entryId) {
    return "RENTAN-" + entryId;
  }
}
