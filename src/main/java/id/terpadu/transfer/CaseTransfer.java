package id.terpadu.transfer;

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

/**
 * One proposal to hand a case over from one regency's unit to another's, and its outcome: proposed by the
 * sending unit, accepted or declined by the receiving unit, or withdrawn by the sending unit. Both units keep
 * it as their record. The sending side (location, proposer, reason) never changes after the proposal.
 */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_transfer_seq")
  @SequenceGenerator(name = "case_transfer_seq", sequenceName = "case_transfer_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Column(nullable = false, length = 40)
  private String caseNumber;

  @Column(name = "from_regency", nullable = false, length = 4)
  private String fromRegency;

  @Column(name = "from_district", length = 6)
  private String fromDistrict;

  @Column(name = "from_village", length = 10)
  private String fromVillage;

  @Column(name = "to_regency", nullable = false, length = 4)
  private String toRegency;

  @Column(name = "to_district", length = 6)
  private String toDistrict;

  @Column(name = "to_village", length = 10)
  private String toVillage;

  /** The sending unit's caseworker when the case moved (set on acceptance). */
  @Column(length = 64)
  private String previousCaseworkerId;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "transferred_by", nullable = false, length = 64)
  private String proposedBy;

  @Column(name = "transferred_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CaseTransferStatus status;

  @Column(length = 64)
  private String decidedBy;

  private Instant decidedAt;

  /** Why the receiving unit declined, or why the sending unit withdrew (optional there). */
  @Column(length = 1000)
  private String decisionNote;

  /** The case id while the proposal is open: the database keeps one open proposal per case. */
  private Long pendingCaseId;

  @Column(length = 64)
  private String processInstanceId;

  @Version
  private long version;

  protected CaseTransfer() {}

  /** A new proposal. {@code from} and {@code to} are regency, district and village (the last two may be null). */
  CaseTransfer(Long caseId, String caseNumber, String[] from, String[] to, String reason, String proposedBy,
      Instant proposedAt) {
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.fromRegency = from[0];
    this.fromDistrict = from[1];
    this.fromVillage = from[2];
    this.toRegency = to[0];
    this.toDistrict = to[1];
    this.toVillage = to[2];
    this.reason = reason;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.status = CaseTransferStatus.PROPOSED;
    this.pendingCaseId = caseId;
  }

  boolean isPending() {
    return status == CaseTransferStatus.PROPOSED;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void accept(String by, Instant at, String previousCaseworkerId) {
    this.previousCaseworkerId = previousCaseworkerId;
    decide(CaseTransferStatus.ACCEPTED, by, at, null);
  }

  void decline(String by, Instant at, String note) {
    decide(CaseTransferStatus.DECLINED, by, at, note);
  }

  void withdraw(String by, Instant at, String note) {
    decide(CaseTransferStatus.WITHDRAWN, by, at, note);
  }

  private void decide(CaseTransferStatus outcome, String by, Instant at, String note) {
    if (!isPending()) {
      throw new IllegalStateException("Transfer " + id + " was already decided: " + status);
    }
    this.status = outcome;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
    this.pendingCaseId = null;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getFromRegency() {
    return fromRegency;
  }

  public String getFromDistrict() {
    return fromDistrict;
  }

  public String getFromVillage() {
    return fromVillage;
  }

  public String getToRegency() {
    return toRegency;
  }

  public String getToDistrict() {
    return toDistrict;
  }

  public String getToVillage() {
    return toVillage;
  }

  public String getPreviousCaseworkerId() {
    return previousCaseworkerId;
  }

  public String getReason() {
    return reason;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public CaseTransferStatus getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
