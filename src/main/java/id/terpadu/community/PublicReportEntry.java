package id.terpadu.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report from the public page: the case it opened and the hash of its tracking code. */
@Entity
@Table(name = "public_report")
public class PublicReportEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_report_seq")
  @SequenceGenerator(name = "public_report_seq", sequenceName = "public_report_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 64, unique = true, updatable = false)
  private String trackingHash;

  @Column(nullable = false, updatable = false)
  private Long caseId;

  @Column(nullable = false, updatable = false)
  private Instant receivedAt;

  protected PublicReportEntry() {}

  PublicReportEntry(String trackingHash, long caseId, Instant receivedAt) {
    this.trackingHash = trackingHash;
    this.caseId = caseId;
    this.receivedAt = receivedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
