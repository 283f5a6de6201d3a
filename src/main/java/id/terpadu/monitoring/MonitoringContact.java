package id.terpadu.monitoring;

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
import java.time.LocalDate;

/** One monitoring contact (monev) of a case: a home visit, call or meeting and what the caseworker found. */
@Entity
@Table(name = "monitoring_contact")
public class MonitoringContact {

  /** How the caseworker followed the case up. */
  public enum ContactType {
    HOME_VISIT("kunjungan rumah"), PHONE("telepon/pesan"), OFFICE("pertemuan di kantor"),
    CASE_MEETING("rapat kasus"), AGENCY_FOLLOW_UP("tindak lanjut ke mitra");

    private final String label;

    ContactType(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The child's situation since the last contact. */
  public enum ChildSituation {
    IMPROVED("membaik"), STABLE("tetap"), WORSE("memburuk");

    private final String label;

    ChildSituation(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What the caseworker does next: keep monitoring or propose closing the case. */
  public enum NextStep {
    CONTINUE, PROPOSE_TERMINATION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_contact_seq")
  @SequenceGenerator(name = "monitoring_contact_seq", sequenceName = "monitoring_contact_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContactType contactType;

  @Column(nullable = false)
  private LocalDate contactDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ChildSituation childSituation;

  @Column(nullable = false, length = 4000)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private NextStep nextStep;

  @Column(nullable = false)
  private int servicesAdded;

  @Column(nullable = false)
  private int referralsCancelled;

  @Column(nullable = false, length = 64)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  protected MonitoringContact() {}

  public MonitoringContact(Long caseId, ContactType contactType, LocalDate contactDate, ChildSituation situation,
      String note, NextStep nextStep, int servicesAdded, int referralsCancelled, String by, Instant at) {
    this.caseId = caseId;
    this.contactType = contactType;
    this.contactDate = contactDate;
    this.childSituation = situation;
    this.note = note;
    this.nextStep = nextStep;
    this.servicesAdded = servicesAdded;
    this.referralsCancelled = referralsCancelled;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public ContactType getContactType() {
    return contactType;
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public ChildSituation getChildSituation() {
    return childSituation;
  }

  public String getNote() {
    return note;
  }

  public NextStep getNextStep() {
    return nextStep;
  }

  public int getServicesAdded() {
    return servicesAdded;
  }

  public int getReferralsCancelled() {
    return referralsCancelled;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
