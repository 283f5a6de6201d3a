package id.terpadu.termination;

import id.terpadu.casefile.ClosureReason;
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

/** The caseworker's proposal to close a case (terminasi) and the supervisor's decision on it. */
@Entity
@Table(name = "case_termination")
public class CaseTermination {

  public enum Status {
    PROPOSED, APPROVED, RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_termination_seq")
  @SequenceGenerator(name = "case_termination_seq", sequenceName = "case_termination_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ClosureReason reason;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(nullable = false, length = 64)
  private String proposedBy;

  @Column(nullable = false)
  private Instant proposedAt;

  @Column(length = 64)
  private String decidedBy;

  private Instant decidedAt;

  @Column(length = 2000)
  private String decisionComment;

  @Version
  private long version;

  protected CaseTermination() {}

  public CaseTermination(Long caseId, ClosureReason reason, String summary, String by, Instant at) {
    this.caseId = caseId;
    this.reason = reason;
    this.summary = summary;
    this.status = Status.PROPOSED;
    this.proposedBy = by;
    this.proposedAt = at;
  }

  public void approve(String by, Instant at) {
    decide(Status.APPROVED, by, at, null);
  }

  public void returnToCaseworker(String by, Instant at, String comment) {
    decide(Status.RETURNED, by, at, comment);
  }

  private void decide(Status decision, String by, Instant at, String comment) {
    if (status != Status.PROPOSED) {
      throw new IllegalStateException("Termination " + id + " is already " + status);
    }
    this.status = decision;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionComment = comment;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public ClosureReason getReason() {
    return reason;
  }

  public String getSummary() {
    return summary;
  }

  public Status getStatus() {
    return status;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionComment() {
    return decisionComment;
  }
}
