package id.terpadu.lksa;

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
import java.time.LocalDate;

/**
 * One stay of a child (a person of the registry, by id) in an institution: admission, optionally the case that
 * referred the child, and the discharge. While open, {@code openPersonId} equals the person id, and the database
 * keeps it unique: one open stay per person (V29).
 */
@Entity
@Table(name = "lksa_residence")
public class Residence {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lksa_residence_seq")
  @SequenceGenerator(name = "lksa_residence_seq", sequenceName = "lksa_residence_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Long institutionId;

  @Column(nullable = false, updatable = false)
  private Long personId;

  private Long openPersonId;

  private Long caseId;

  @Column(nullable = false)
  private LocalDate admittedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AdmissionReason admissionReason;

  @Column(length = 1000)
  private String admissionNote;

  @Column(nullable = false, length = 64, updatable = false)
  private String admittedBy;

  private LocalDate dischargedOn;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private DischargeDestination dischargeDestination;

  @Column(length = 1000)
  private String dischargeNote;

  @Column(length = 64)
  private String dischargedBy;

  private Instant dischargeRecordedAt;

  @Column(length = 64)
  private String followUpProcessId;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Residence() {}

  Residence(long institutionId, long personId, Long caseId, LocalDate admittedOn, AdmissionReason reason,
      String note, String admittedBy, Instant createdAt) {
    this.institutionId = institutionId;
    this.personId = personId;
    this.openPersonId = personId;
    this.caseId = caseId;
    this.admittedOn = admittedOn;
    this.admissionReason = reason;
    this.admissionNote = note;
    this.admittedBy = admittedBy;
    this.createdAt = createdAt;
  }

  void discharge(LocalDate on, DischargeDestination destination, String note, String by, Instant recordedAt) {
    this.dischargedOn = on;
    this.dischargeRecordedAt = recordedAt;
    this.dischargeDestination = destination;
    this.dischargeNote = note;
    this.dischargedBy = by;
    this.openPersonId = null;
  }

  void followUpStarted(String processInstanceId) {
    this.followUpProcessId = processInstanceId;
  }

  public boolean isOpen() {
    return dischargedOn == null;
  }

  /** Whether the child lived there on that day (admission day included, discharge day excluded). */
  public boolean residentOn(LocalDate day) {
    return !day.isBefore(admittedOn) && (dischargedOn == null || day.isBefore(dischargedOn));
  }

  public Long getId() {
    return id;
  }

  public Long getInstitutionId() {
    return institutionId;
  }

  public Long getPersonId() {
    return personId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public LocalDate getAdmittedOn() {
    return admittedOn;
  }

  public AdmissionReason getAdmissionReason() {
    return admissionReason;
  }

  public String getAdmissionNote() {
    return admissionNote;
  }

  public String getAdmittedBy() {
    return admittedBy;
  }

  public LocalDate getDischargedOn() {
    return dischargedOn;
  }

  public DischargeDestination getDischargeDestination() {
    return dischargeDestination;
  }

  public String getDischargeNote() {
    return dischargeNote;
  }

  public String getDischargedBy() {
    return dischargedBy;
  }

  /** When the discharge was recorded; null while open and for stays discharged before this was kept. */
  public Instant getDischargeRecordedAt() {
    return dischargeRecordedAt;
  }

  public String getFollowUpProcessId() {
    return followUpProcessId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
