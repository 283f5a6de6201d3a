package id.terpadu.community;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A prevention activity in a village (socialisation, parenting class, school visit, other), run by a community
 * group or by the unit itself ({@code groupId} null): date, topic and participants by sex and age group. Counts
 * only: an activity names no participant.
 */
@Entity
@Table(name = "prevention_activity")
public class PreventionActivity implements Regional {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prevention_activity_seq")
  @SequenceGenerator(name = "prevention_activity_seq", sequenceName = "prevention_activity_seq",
      allocationSize = 50)
  private Long id;

  private Long groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActivityKind kind;

  @Column(nullable = false)
  private LocalDate activityDate;

  @Column(nullable = false, length = 300)
  private String topic;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(nullable = false, length = 6)
  private String districtCode;

  @Column(nullable = false, length = 10)
  private String villageCode;

  @Column(nullable = false)
  private int boys;

  @Column(nullable = false)
  private int girls;

  @Column(nullable = false)
  private int men;

  @Column(nullable = false)
  private int women;

  @Column(nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  @Column(length = 64)
  private String updatedBy;

  private Instant updatedAt;

  protected PreventionActivity() {}

  /** Participants by sex and age group: boys and girls (under 18), men and women. */
  public record Participants(int boys, int girls, int men, int women) {
    public int total() {
      return boys + girls + men + women;
    }
  }

  public static PreventionActivity record(Long groupId, ActivityKind kind, LocalDate date, String topic,
      String villageCode, Participants participants, String createdBy, Instant createdAt) {
    PreventionActivity a = new PreventionActivity();
    a.set(groupId, kind, date, topic, villageCode, participants);
    a.createdBy = createdBy;
    a.createdAt = createdAt;
    return a;
  }

  /** A correction: every field as when recorded, with who changed it and when. */
  void change(Long groupId, ActivityKind kind, LocalDate date, String topic, String villageCode,
      Participants participants, String by, Instant at) {
    set(groupId, kind, date, topic, villageCode, participants);
    this.updatedBy = by;
    this.updatedAt = at;
  }

  private void set(Long groupId, ActivityKind kind, LocalDate date, String topic, String villageCode,
      Participants participants) {
    this.groupId = groupId;
    this.kind = kind;
    this.activityDate = date;
    this.topic = topic;
    this.villageCode = villageCode;
    this.districtCode = villageCode.substring(0, 6);
    this.regencyCode = villageCode.substring(0, 4);
    this.boys = participants.boys();
    this.girls = participants.girls();
    this.men = participants.men();
    this.women = participants.women();
  }

  public long getVersion() {
    return version;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getGroupId() {
    return groupId;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public LocalDate getActivityDate() {
    return activityDate;
  }

  public String getTopic() {
    return topic;
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

  public Participants getParticipants() {
    return new Participants(boys, girls, men, women);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
