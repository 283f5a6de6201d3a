package id.terpadu.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision about a case taken in a case conference or the weekly case meeting: what is to be done, by whom (a
 * partner agency, a unit group or a staff member) and by when. It is carried out as one task of
 * {@code Process_CaseDecision}; the owner records the outcome there.
 */
@Entity
@Table(name = "case_decision")
public class CaseDecision {

  public enum Source { CONFERENCE, MEETING }

  public enum OwnerType { AGENCY, GROUP, USER }

  /** {@code CLOSED}: not carried out, its task ended because the case was closed. */
  public enum Status { OPEN, DONE, CLOSED }

  static final int MAX_TEXT = 1000;
  static final int MAX_OUTCOME = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_decision_seq")
  @SequenceGenerator(name = "case_decision_seq", sequenceName = "case_decision_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  private Long conferenceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Source source;

  @Column(nullable = false, length = MAX_TEXT)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private OwnerType ownerType;

  @Column(nullable = false, length = 64)
  private String owner;

  @Column(nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Status status;

  @Column(length = MAX_OUTCOME)
  private String outcome;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 64)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(length = 64)
  private String doneBy;

  private Instant doneAt;

  @Version
  private long version;

  protected CaseDecision() {}

  CaseDecision(Long caseId, Long conferenceId, Source source, String text, OwnerType ownerType, String owner,
      LocalDate dueDate, String createdBy, Instant createdAt) {
    this.caseId = caseId;
    this.conferenceId = conferenceId;
    this.source = source;
    this.text = text;
    this.ownerType = ownerType;
    this.owner = owner;
    this.dueDate = dueDate;
    this.status = Status.OPEN;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The case was closed before the decision was carried out: its task has ended. */
  void closedWithCase(Instant at) {
    this.doneAt = at;
    this.status = Status.CLOSED;
  }

  void done(String outcome, String by, Instant at) {
    this.outcome = outcome;
    this.doneBy = by;
    this.doneAt = at;
    this.status = Status.DONE;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getConferenceId() {
    return conferenceId;
  }

  public Source getSource() {
    return source;
  }

  public String getText() {
    return text;
  }

  public OwnerType getOwnerType() {
    return ownerType;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Status getStatus() {
    return status;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
