package id.terpadu.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A comprehensive assessment of a case: findings and service needs per section. */
@Entity
@Table(name = "assessment")
public class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Column(nullable = false, length = 64)
  private String assessedBy;

  @Column(nullable = false)
  private Instant assessedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assessment_section", joinColumns = @JoinColumn(name = "assessment_id"))
  private List<Finding> findings = new ArrayList<>();

  protected Assessment() {}

  public Assessment(Long caseId, String assessedBy, Instant assessedAt, List<Finding> findings) {
    this.caseId = caseId;
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
    this.findings = new ArrayList<>(findings);
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public List<Finding> getFindings() {
    return List.copyOf(findings);
  }

  /** One section's findings. */
  @Embeddable
  public static class Finding {
    @Enumerated(EnumType.STRING)
    @Column(name = "section", length = 20, nullable = false)
    private AssessmentSection section;

    @Column(name = "findings", length = 4000)
    private String text;

    @Column(name = "needs_service", nullable = false)
    private boolean needsService;

    protected Finding() {}

    public Finding(AssessmentSection section, String text, boolean needsService) {
      this.section = section;
      this.text = text;
      this.needsService = needsService;
    }

    public AssessmentSection getSection() {
      return section;
    }

    public String getText() {
      return text;
    }

    public boolean isNeedsService() {
      return needsService;
    }
  }
}
