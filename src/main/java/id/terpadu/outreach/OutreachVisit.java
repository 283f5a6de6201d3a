package id.terpadu.outreach;

import id.terpadu.access.Regional;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One outreach visit (*penjangkauan*) of the unit to a village: when, where, how many children it reached and
 * what was done. The outreach process writes these as the unit works; the historical import writes those of
 * earlier years ({@code historical}), with the spreadsheet's row id as {@code sourceId} so that importing the
 * same rows again skips them (a source id is unique within the visit's regency). A historical visit holds counts
 * only. A visit of an outreach round ({@code roundId}) names the children met ({@link ChildMet}) and carries the id
 * the phone page generated for it ({@code clientId}, unique) with the hash of what was submitted, so that a
 * resubmission is recognised as the same visit (docs/adr/0022-outreach-rounds.md).
 */
@Entity
@Table(name = "outreach_visit", uniqueConstraints = @jakarta.persistence.UniqueConstraint(
    name = "outreach_visit_source_unique", columnNames = {"regency_code", "source_id"}))
public class OutreachVisit implements Regional {

  private static final Pattern VILLAGE = Pattern.compile("\\d{10}");
  public static final int MAX_ACTIVITY = 2000;
  public static final int MAX_SOURCE_ID = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outreach_visit_seq")
  @SequenceGenerator(name = "outreach_visit_seq", sequenceName = "outreach_visit_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private LocalDate visitDate;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(nullable = false, length = 6)
  private String districtCode;

  @Column(nullable = false, length = 10)
  private String villageCode;

  @Column(nullable = false)
  private int childrenReached;

  @Column(length = MAX_ACTIVITY)
  private String activity;

  @Column(length = MAX_SOURCE_ID)
  private String sourceId;

  @Column(nullable = false)
  private boolean historical;

  @Column(nullable = false, length = 64)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  private Long roundId;

  @Column(length = 36)
  private String clientId;

  @Column(length = 64)
  private String contentHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outreach_visit_child", joinColumns = @JoinColumn(name = "visit_id"))
  @OrderColumn(name = "child_index")
  private List<ChildMet> children = new ArrayList<>();

  @Version
  private long version;

  protected OutreachVisit() {}

  /**
   * A visit of an outreach round, as a team member recorded it (validated by the caller): the number of children
   * reached is the number of children met.
   */
  public static OutreachVisit inRound(OutreachRound round, String clientId, String contentHash, LocalDate visitDate,
      String villageCode, String activity, List<ChildMet> children, String createdBy, Instant createdAt) {
    OutreachVisit visit = record(visitDate, villageCode, children.size(), activity, null, false, createdBy,
        createdAt);
    visit.roundId = Objects.requireNonNull(round.getId(), "round id");
    visit.clientId = Objects.requireNonNull(clientId, "clientId");
    visit.contentHash = Objects.requireNonNull(contentHash, "contentHash");
    visit.children.addAll(children);
    return visit;
  }

  /**
   * A visit to a village (10-digit code; district and regency follow from it).
   *
   * @throws IllegalArgumentException for a malformed village code, a negative number of children, an activity or
   *     source id that is too long (callers validate first and answer 400)
   */
  public static OutreachVisit record(LocalDate visitDate, String villageCode, int childrenReached, String activity,
      String sourceId, boolean historical, String createdBy, Instant createdAt) {
    Objects.requireNonNull(visitDate, "visitDate");
    if (villageCode == null || !VILLAGE.matcher(villageCode).matches()) {
      throw new IllegalArgumentException("A village code has 10 digits: " + villageCode);
    }
    if (childrenReached < 0) {
      throw new IllegalArgumentException("Children reached cannot be negative");
    }
    if (activity != null && activity.length() > MAX_ACTIVITY) {
      throw new IllegalArgumentException("Activity longer than " + MAX_ACTIVITY);
    }
    if (sourceId != null && (sourceId.isBlank() || sourceId.length() > MAX_SOURCE_ID)) {
      throw new IllegalArgumentException("Source id blank or longer than " + MAX_SOURCE_ID);
    }
    OutreachVisit visit = new OutreachVisit();
    visit.visitDate = visitDate;
    visit.villageCode = villageCode;
    visit.districtCode = villageCode.substring(0, 6);
    visit.regencyCode = villageCode.substring(0, 4);
    visit.childrenReached = childrenReached;
    visit.activity = activity == null || activity.isBlank() ? null : activity.strip();
    visit.sourceId = sourceId;
    visit.historical = historical;
    visit.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    visit.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    return visit;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getVisitDate() {
    return visitDate;
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

  public int getChildrenReached() {
    return childrenReached;
  }

  public String getActivity() {
    return activity;
  }

  public String getSourceId() {
    return sourceId;
  }

  public boolean isHistorical() {
    return historical;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getRoundId() {
    return roundId;
  }

  public String getClientId() {
    return clientId;
  }

  public String getContentHash() {
    return contentHash;
  }

  /** The children met, in the order recorded (entry {@code n} is {@code children.get(n)}). */
  public List<ChildMet> getChildren() {
    return children;
  }
}
