package id.terpadu.casefile;

import java.time.Instant;

/**
 * One line of a case's audit trail: when, who ({@code system} for the engine), what (a stable
 * {@link Type}), and a title and optional detail in Bahasa Indonesia.
 */
public record TimelineEntry(Instant at, String actor, Type type, String title, String detail) {

  /**
   * What happened. The declaration order is the order of entries that share a millisecond: the engine's
   * history keeps milliseconds, and one transaction (a task completed, the case file updated, the next
   * task created) often happens within one.
   */
  public enum Type {
    CASE_REGISTERED,
    CASE_REOPENED,
    PROCESS_STARTED,
    TRIAGE_DECIDED,
    SAFETY_RESPONSE_RECORDED,
    ASSESSMENT_RECORDED,
    PLAN_SUBMITTED,
    PLAN_DECIDED,
    REFERRAL_STATUS_CHANGED,
    MONITORING_RECORDED,
    TERMINATION_PROPOSED,
    TERMINATION_DECIDED,
    NOTE_ADDED,
    TASK_COMPLETED,
    TASK_CANCELLED,
    CASE_CLOSED,
    TASK_CREATED,
    TASK_ASSIGNED,
    TASK_UNASSIGNED,
    PROCESS_ENDED,
    TRANSFER_PROPOSED,
    CASE_TRANSFERRED,
    TRANSFER_DECLINED,
    TRANSFER_WITHDRAWN,
    PLACEMENT_ADMITTED,
    PLACEMENT_DISCHARGED,
    CONFERENCE_HELD,
    DECISION_TAKEN,
    DECISION_CARRIED_OUT
  }
}
