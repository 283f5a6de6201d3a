package id.terpadu.referral;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One service requested from one partner agency for a case, followed until the caseworker verifies it.
 * Every status change is kept, with the agency it concerned, who and when.
 */
@Entity
@Table(name = "referral")
public class Referral {

  /** What the agency reports: the service was given, or could not be. */
  public enum Outcome { DONE, NOT_DONE }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
  @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  private Long plannedServiceId;

  @Column(nullable = false, length = 40)
  private String serviceType;

  @Column(nullable = false, length = 40)
  private String agencyCode;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(nullable = false)
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReferralStatus status;

  @Column(length = 1000)
  private String declineReason;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Outcome outcome;

  @Column(length = 2000)
  private String outcomeNote;

  private LocalDate serviceDate;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant completedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "referral_status_change", joinColumns = @JoinColumn(name = "referral_id"))
  @OrderColumn(name = "position")
  private List<StatusChange> history = new ArrayList<>();

  @Version
  private long version;

  protected Referral() {}

  public Referral(Long caseId, Long plannedServiceId, String serviceType, String agencyCode, String regencyCode,
      LocalDate targetDate, String by, Instant at) {
    this.caseId = caseId;
    this.plannedServiceId = plannedServiceId;
    this.serviceType = serviceType;
    this.agencyCode = agencyCode;
    this.regencyCode = regencyCode;
    this.targetDate = targetDate;
    this.createdAt = at;
    change(ReferralStatus.SENT, by, at, null);
  }

  public void accept(String by, Instant at) {
    require(ReferralStatus.SENT);
    change(ReferralStatus.ACCEPTED, by, at, null);
  }

  public void decline(String by, Instant at, String reason) {
    require(ReferralStatus.SENT);
    this.declineReason = reason;
    change(ReferralStatus.DECLINED, by, at, reason);
  }

  /** After a decline the caseworker sends the referral to another agency. */
  public void reroute(String newAgency, String by, Instant at) {
    require(ReferralStatus.DECLINED);
    this.agencyCode = newAgency;
    this.declineReason = null;
    change(ReferralStatus.SENT, by, at, null);
  }

  public void reportService(Outcome result, LocalDate date, String note, String by, Instant at) {
    if (status != ReferralStatus.ACCEPTED && status != ReferralStatus.SERVICE_REPORTED) {
      throw new IllegalStateException("Referral " + id + " is " + status + ", not accepted");
    }
    this.outcome = result;
    this.serviceDate = date;
    this.outcomeNote = note;
    change(ReferralStatus.SERVICE_REPORTED, by, at, note);
  }

  /** The caseworker asks the agency to complete or correct its report. */
  public void returnToAgency(String by, Instant at, String note) {
    require(ReferralStatus.SERVICE_REPORTED);
    change(ReferralStatus.ACCEPTED, by, at, note);
  }

  public void verify(String by, Instant at) {
    require(ReferralStatus.SERVICE_REPORTED);
    this.completedAt = at;
    change(ReferralStatus.VERIFIED, by, at, null);
  }

  public void cancel(String by, Instant at, String reason) {
    if (status == ReferralStatus.VERIFIED || status == ReferralStatus.CANCELLED) {
      throw new IllegalStateException("Referral " + id + " is already " + status);
    }
    this.completedAt = at;
    change(ReferralStatus.CANCELLED, by, at, reason);
  }

  /** Still followed by the unit: neither verified nor cancelled. */
  public boolean isOpen() {
    return status != ReferralStatus.VERIFIED && status != ReferralStatus.CANCELLED;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  private void require(ReferralStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("Referral " + id + " is " + status + ", expected " + expected);
    }
  }

  private void change(ReferralStatus next, String by, Instant at, String note) {
    this.status = next;
    history.add(new StatusChange(next, agencyCode, at, by, note));
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getPlannedServiceId() {
    return plannedServiceId;
  }

  public String getServiceType() {
    return serviceType;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public String getRegencyCode() {
    return regencyCode;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getOutcomeNote() {
    return outcomeNote;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<StatusChange> getHistory() {
    return List.copyOf(history);
  }

  /** The case moved to another regency's unit: the referral belongs to the new unit from now on. */
  public void moveToRegency(String regencyCode) {
    this.regencyCode = regencyCode;
  }

  /** One step of a referral's history. */
  @Embeddable
  public static class StatusChange {
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String by;

    @Column(name = "note", length = 1000)
    private String note;

    protected StatusChange() {}

    StatusChange(ReferralStatus status, String agencyCode, Instant at, String by, String note) {
      this.status = status;
      this.agencyCode = agencyCode;
      this.at = at;
      this.by = by;
      this.note = note;
    }

    public ReferralStatus getStatus() {
      return status;
    }

    public String getAgencyCode() {
      return agencyCode;
    }

    public Instant getAt() {
      return at;
    }

    public String getBy() {
      return by;
    }

    public String getNote() {
      return note;
    }
  }
}
