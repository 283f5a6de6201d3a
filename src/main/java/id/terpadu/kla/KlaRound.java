package id.terpadu.kla;

import id.terpadu.access.Regional;
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

/** One yearly KLA assessment round of a regency, run by one instance of {@code Process_KlaAssessment}. */
@Entity
@Table(name = "kla_round")
public class KlaRound implements Regional {

  public enum Status {
    OPEN, COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kla_round_seq")
  @SequenceGenerator(name = "kla_round_seq", sequenceName = "kla_round_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(name = "assessment_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 64)
  private String openedBy;

  @Column(nullable = false)
  private Instant openedAt;

  private Instant completedAt;

  protected KlaRound() {}

  public KlaRound(String regencyCode, int year, String openedBy, Instant openedAt) {
    this.regencyCode = regencyCode;
    this.year = year;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.status = Status.OPEN;
  }

  public Long getId() {
    return id;
  }

  @Override
  public String getRegencyCode() {
    return regencyCode;
  }

  @Override
  public String getDistrictCode() {
    return null;
  }

  @Override
  public String getVillageCode() {
    return null;
  }

  public int getYear() {
    return year;
  }

  public Status getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  /** The label used as the process's business key and in reminders: {@code KLA-3504-2026}. */
  public String label() {
    return "KLA-" + regencyCode + "-" + year;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void complete(Instant at) {
    this.status = Status.COMPLETED;
    this.completedAt = at;
  }
}
