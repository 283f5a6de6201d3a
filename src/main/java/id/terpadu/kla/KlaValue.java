package id.terpadu.kla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One indicator value of a submission, in its stored form (see {@link KlaValues#normalize}). */
@Entity
@Table(name = "kla_value")
public class KlaValue {

  @Embeddable
  public record Key(@Column(name = "submission_id") Long submissionId,
      @Column(name = "indicator_code", length = 10) String indicatorCode) implements Serializable {}

  @EmbeddedId
  private Key key;

  @Column(name = "indicator_value", nullable = false, length = 20)
  private String value;

  protected KlaValue() {}

  public KlaValue(Long submissionId, String indicatorCode, String value) {
    this.key = new Key(submissionId, indicatorCode);
    this.value = value;
  }

  public Long getSubmissionId() {
    return key.submissionId();
  }

  public String getIndicatorCode() {
    return key.indicatorCode();
  }

  public String getValue() {
    return value;
  }

  void change(String value) {
    this.value = value;
  }
}
