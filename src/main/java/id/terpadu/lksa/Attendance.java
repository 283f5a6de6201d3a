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
 * A resident's attendance on one day (the institution's local date), with where and when staff recorded it. One
 * row per stay and day (V30); recording again the same day replaces status, time and location.
 */
@Entity
@Table(name = "lksa_attendance")
public class Attendance {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lksa_attendance_seq")
  @SequenceGenerator(name = "lksa_attendance_seq", sequenceName = "lksa_attendance_seq", allocationSize = 50)
  private Long id;

  @Column(name = "residence_id", nullable = false, updatable = false)
  private Long residenceId;

  @Column(nullable = false, updatable = false)
  private Long institutionId;

  @Column(nullable = false, updatable = false)
  private LocalDate attendanceDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AttendanceStatus status;

  @Column(nullable = false)
  private Instant recordedAt;

  @Column(nullable = false, length = 64)
  private String recordedBy;

  private Double latitude;

  private Double longitude;

  @Column(name = "accuracy_m")
  private Double accuracyMeters;

  @Column(name = "distance_m")
  private Double distanceMeters;

  @Column(length = 500)
  private String locationReason;

  @Version
  private long version;

  protected Attendance() {}

  Attendance(long residenceId, long institutionId, LocalDate attendanceDate) {
    this.residenceId = residenceId;
    this.institutionId = institutionId;
    this.attendanceDate = attendanceDate;
  }

  void record(AttendanceStatus status, Instant at, String by, Double latitude, Double longitude, Double accuracy,
      Double distance, String reason) {
    this.status = status;
    this.recordedAt = at;
    this.recordedBy = by;
    this.latitude = latitude;
    this.longitude = longitude;
    this.accuracyMeters = accuracy;
    this.distanceMeters = distance;
    this.locationReason = reason;
  }

  public Long getId() {
    return id;
  }

  public Long getResidenceId() {
    return residenceId;
  }

  public Long getInstitutionId() {
    return institutionId;
  }

  public LocalDate getAttendanceDate() {
    return attendanceDate;
  }

  public AttendanceStatus getStatus() {
    return status;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public Double getAccuracyMeters() {
    return accuracyMeters;
  }

  public Double getDistanceMeters() {
    return distanceMeters;
  }

  public String getLocationReason() {
    return locationReason;
  }
}
