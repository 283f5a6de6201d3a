package id.terpadu.transfer;

/**
 * Names of {@code bpmn/case-transfer.bpmn}: the receiving unit decides on a proposed transfer in Tasklist.
 * The instance carries ids and routing facts only (transfer and case ids, case number, regencies, risk);
 * the task's form facts are task variables set when the task is created ({@link TransferForms}).
 */
public final class TransferProcess {

  public static final String PROCESS_KEY = "Process_CaseTransfer";
  public static final String DECIDE_TASK = "Task_DecideTransfer";
  public static final String MESSAGE_WITHDRAW = "Message_WithdrawTransfer";
  /** The stage of the deadline and escalation tables ({@code bpmn/sla-deadlines.dmn}). */
  public static final String SLA_STAGE = "TRANSFER";

  public static final String TRANSFER_ID = "transferId";
  public static final String FROM_REGENCY = "fromRegency";
  public static final String TO_REGENCY = "toRegency";

  /** Form input: {@code ACCEPT} or {@code DECLINE}. */
  public static final String DECISION = "transferDecision";
  /** Form input: why the receiving unit declines (free text: kept out of the engine's history). */
  public static final String DECISION_NOTE = "confidentialTransferDecisionNote";

  private TransferProcess() {}
}
