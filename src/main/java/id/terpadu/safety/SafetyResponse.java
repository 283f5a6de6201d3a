package id.terpadu.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** What was done the same day for a high-risk case, when, and by whom. */
@Entity
@Table(name = "safety_response")
public class SafetyResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_response_seq")
  @SequenceGenerator(name = "safety_response_seq", sequenceName = "safety_response_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  /** Action codes separated by commas, e.g. {@code EMERGENCY_PLACEMENT,MEDICAL_CARE}. */
  @Column(nullable = false, length = 200)
  private String actions;

  @Column(nullable = false)
  private Instant respondedAt;

  @Column(nullable = false, length = 2000)
  private String note;

  @Column(nullable = false, length = 64)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  protected SafetyResponse() {}

  public SafetyResponse(Long caseId, List<SafetyAction> actions, Instant respondedAt, String note,
      String recordedBy, Instant recordedAt) {
    this.caseId = caseId;
    this.actions = String.join(",", actions.stream().map(Enum::name).toList());
    this.respondedAt = respondedAt;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getCaseId() {
    return caseId;
  }

  public List<SafetyAction> getActions() {
    return java.util.Arrays.stream(actions.split(",")).map(SafetyAction::valueOf).toList();
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
