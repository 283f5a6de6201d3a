package id.terpadu.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one case handed over from one regency's unit to another's. Written once, never changed. */
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

  @Column(length = 64)
  private String previousCaseworkerId;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(nullable = false, length = 64)
  private String transferredBy;

  @Column(nullable = false)
  private Instant transferredAt;

  protected CaseTransfer() {}

  CaseTransfer(Long caseId, String caseNumber, String[] from, String[] to, String previousCaseworkerId,
      String reason, String transferredBy, Instant transferredAt) {
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.fromRegency = from[0];
    this.fromDistrict = from[1];
    this.fromVillage = from[2];
    this.toRegency = to[0];
    this.toDistrict = to[1];
    this.toVillage = to[2];
    this.previousCaseworkerId = previousCaseworkerId;
    this.reason = reason;
    this.transferredBy = transferredBy;
    this.transferredAt = transferredAt;
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

  public String getTransferredBy() {
    return transferredBy;
  }

  public Instant getTransferredAt() {
    return transferredAt;
  }
}
