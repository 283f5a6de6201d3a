package id.terpadu.kla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one evidence file, in the shared database (every node reads the same files). */
@Entity
@Table(name = "kla_evidence_content")
public class KlaEvidenceContent {

  @Id
  private Long evidenceId;

  @Column(nullable = false)
  private byte[] content;

  protected KlaEvidenceContent() {}

  public KlaEvidenceContent(Long evidenceId, byte[] content) {
    this.evidenceId = evidenceId;
    this.content = content;
  }

  public Long getEvidenceId() {
    return evidenceId;
  }

  public byte[] getContent() {
    return content;
  }
}
