package id.terpadu.conference;

import id.terpadu.access.Regional;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One case conference of a case: requested, then scheduled (date, place, the agencies invited), then held (which
 * agencies attended, other attendees). Its decisions are {@link CaseDecision}s. Belongs to the case's region.
 */
@Entity
@Table(name = "case_conference")
public class CaseConference implements Regional {

  public enum Status { REQUESTED, SCHEDULED, HELD }

  static final int MAX_PLACE = 200;
  static final int MAX_ATTENDEES = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_conference_seq")
  @SequenceGenerator(name = "case_conference_seq", sequenceName = "case_conference_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(length = 6)
  private String districtCode;

  @Column(length = 10)
  private String villageCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  private Instant scheduledAt;

  @Column(length = MAX_PLACE)
  private String place;

  @Column(length = MAX_ATTENDEES)
  private String otherAttendees;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "case_conference_agency", joinColumns = @JoinColumn(name = "conference_id"))
  private List<Invitation> invitations = new ArrayList<>();

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 64)
  private String requestedBy;

  @Column(nullable = false)
  private Instant requestedAt;

  @Column(length = 64)
  private String scheduledBy;

  @Column(length = 64)
  private String recordedBy;

  private Instant recordedAt;

  @Version
  private long version;

  protected CaseConference() {}

  CaseConference(Long caseId, Regional region, String requestedBy, Instant requestedAt) {
    this.caseId = caseId;
    this.regencyCode = region.getRegencyCode();
    this.districtCode = region.getDistrictCode();
    this.villageCode = region.getVillageCode();
    this.status = Status.REQUESTED;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  /** An agency invited to the conference, and whether it attended. */
  @Embeddable
  public static class Invitation {
    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(nullable = false)
    private boolean attended;

    protected Invitation() {}

    Invitation(String agencyCode) {
      this.agencyCode = agencyCode;
    }

    public String getAgencyCode() {
      return agencyCode;
    }

    public boolean isAttended() {
      return attended;
    }
  }

  void schedule(Instant at, String place, List<String> agencyCodes, String by) {
    this.scheduledAt = at;
    this.place = place;
    this.invitations.clear();
    agencyCodes.forEach(code -> invitations.add(new Invitation(code)));
    this.scheduledBy = by;
    this.status = Status.SCHEDULED;
  }

  void record(List<String> attendedAgencies, String otherAttendees, String by, Instant at) {
    invitations.forEach(i -> i.attended = attendedAgencies.contains(i.agencyCode));
    this.otherAttendees = otherAttendees;
    this.recordedBy = by;
    this.recordedAt = at;
    this.status = Status.HELD;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  @Override
  public String getRegencyCode() {
    return regencyCode;
  }

  @Override
  public String getDistrictCode() {
    return districtCode;
  }

  @Override
  public String getVillageCode() {
    return villageCode;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public String getPlace() {
    return place;
  }

  public String getOtherAttendees() {
    return otherAttendees;
  }

  public List<Invitation> getInvitations() {
    return invitations;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
