package id.terpadu.vulnerable;

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
import java.util.EnumMap;
import java.util.Map;

/** One recording of a basic-needs assessment and, once the province decided, its verification. */
@Entity
@Table(name = "vulnerable_assessment")
public class BasicNeedsAssessment {

  public enum Status { RECORDED, VERIFIED, RETURNED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vulnerable_assessment_seq")
  @SequenceGenerator(name = "vulnerable_assessment_seq", sequenceName = "vulnerable_assessment_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long entryId;

  @Column(nullable = false, length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 20)
  private String food;
  @Column(nullable = false, length = 20)
  private String housing;
  @Column(nullable = false, length = 20)
  private String healthInsurance;
  @Column(nullable = false, length = 20)
  private String schooling;
  @Column(nullable = false, length = 20)
  private String civilDocuments;
  @Column(nullable = false, length = 20)
  private String income;

  @Column(length = 2000)
  private String note;

  @Column(nullable = false, length = 64)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(length = 64)
  private String verifiedBy;

  private Instant verifiedAt;

  @Column(length = 1000)
  private String verificationComment;

  protected BasicNeedsAssessment() {}

  BasicNeedsAssessment(Long entryId, String processInstanceId, Map<BasicNeed, BasicNeed.Answer> answers, String note,
      String recordedBy, Instant recordedAt) {
    this.entryId = entryId;
    this.processInstanceId = processInstanceId;
    this.food = answers.get(BasicNeed.FOOD).name();
    this.housing = answers.get(BasicNeed.HOUSING).name();
    this.healthInsurance = answers.get(BasicNeed.HEALTH_INSURANCE).name();
    this.schooling = answers.get(BasicNeed.SCHOOLING).name();
    this.civilDocuments = answers.get(BasicNeed.CIVIL_DOCUMENTS).name();
    this.income = answers.get(BasicNeed.INCOME).name();
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.status = Status.RECORDED;
  }

  void decide(boolean accepted, String by, Instant at, String comment) {
    this.status = accepted ? Status.VERIFIED : Status.RETURNED;
    this.verifiedBy = by;
    this.verifiedAt = at;
    this.verificationComment = comment;
  }

  public Map<BasicNeed, String> answers() {
    Map<BasicNeed, String> answers = new EnumMap<>(BasicNeed.class);
    answers.put(BasicNeed.FOOD, food);
    answers.put(BasicNeed.HOUSING, housing);
    answers.put(BasicNeed.HEALTH_INSURANCE, healthInsurance);
    answers.put(BasicNeed.SCHOOLING, schooling);
    answers.put(BasicNeed.CIVIL_DOCUMENTS, civilDocuments);
    answers.put(BasicNeed.INCOME, income);
    return answers;
  }

  public Long getId() {
    return id;
  }

  public Long getEntryId() {
    return entryId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerificationComment() {
    return verificationComment;
  }
}
