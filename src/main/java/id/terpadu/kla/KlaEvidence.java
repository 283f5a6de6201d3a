package id.terpadu.kla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One uploaded evidence file of a submission's indicator: metadata only (the bytes: {@link KlaEvidenceContent}). */
@Entity
@Table(name = "kla_evidence")
public class KlaEvidence {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kla_evidence_seq")
  @SequenceGenerator(name = "kla_evidence_seq", sequenceName = "kla_evidence_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long submissionId;

  @Column(nullable = false, length = 10)
  private String indicatorCode;

  @Column(nullable = false, length = 200)
  private String fileName;

  @Column(nullable = false, length = 50)
  private String contentType;

  @Column(nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false, length = 64)
  private String uploadedBy;

  @Column(nullable = false)
  private Instant uploadedAt;

  protected KlaEvidence() {}

  public KlaEvidence(Long submissionId, String indicatorCode, String fileName, String contentType, long sizeBytes,
      String sha256, String uploadedBy, Instant uploadedAt) {
    this.submissionId = submissionId;
    this.indicatorCode = indicatorCode;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getSubmissionId() {
    return submissionId;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
