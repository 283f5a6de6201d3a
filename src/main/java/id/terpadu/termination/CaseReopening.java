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
import java.time.Instant;

/** A closed case opened again: why, by whom, and how it had been closed (the case itself is open again). */
@Entity
@Table(name = "case_reopening")
public class CaseReopening {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_reopening_seq")
  @SequenceGenerator(name = "case_reopening_seq", sequenceName = "case_reopening_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private ClosureReason previousClosureReason;

  private Instant previousClosedAt;

  @Column(length = 64)
  private String previousProcessInstanceId;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 64)
  private String reopenedBy;

  @Column(nullable = false)
  private Instant reopenedAt;

  protected CaseReopening() {}

  public CaseReopening(Long caseId, String reason, ClosureReason previousClosureReason, Instant previousClosedAt,
      String previousProcessInstanceId, String by, Instant at) {
    this.caseId = caseId;
    this.reason = reason;
    this.previousClosureReason = previousClosureReason;
    this.previousClosedAt = previousClosedAt;
    this.previousProcessInstanceId = previousProcessInstanceId;
    this.reopenedBy = by;
    this.reopenedAt = at;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getReason() {
    return reason;
  }

  public ClosureReason getPreviousClosureReason() {
    return previousClosureReason;
  }

  public Instant getPreviousClosedAt() {
    return previousClosedAt;
  }

  public String getPreviousProcessInstanceId() {
    return previousProcessInstanceId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getReopenedBy() {
    return reopenedBy;
  }

  public Instant getReopenedAt() {
    return reopenedAt;
  }
}
