package id.terpadu.outreach;

import id.terpadu.access.Regional;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An outreach round (*penjangkauan*): a supervisor's plan to visit villages of one regency in a period with a team,
 * looking for children of a focus. Team members record visits ({@link OutreachVisit}) while it is open; the
 * supervisor closes it with a summary ({@code bpmn/outreach.bpmn}). It belongs to its regency (ADR 0012).
 */
@Entity
@Table(name = "outreach_round")
public class OutreachRound implements Regional {

  /** Open while visits are recorded; closed with the supervisor's summary. */
  public enum Status { OPEN, CLOSED }

  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 4000;
  public static final int MAX_FOCUS_OTHER = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outreach_round_seq")
  @SequenceGenerator(name = "outreach_round_seq", sequenceName = "outreach_round_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(length = 6)
  private String districtCode;

  @Column(length = 10)
  private String villageCode;

  @Column(nullable = false)
  private LocalDate periodStart;

  @Column(nullable = false)
  private LocalDate periodEnd;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outreach_round_village", joinColumns = @JoinColumn(name = "round_id"))
  @Column(name = "village_code", length = 10)
  private Set<String> villages = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outreach_round_member", joinColumns = @JoinColumn(name = "round_id"))
  @Column(name = "user_id", length = 64)
  private Set<String> members = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outreach_round_focus", joinColumns = @JoinColumn(name = "round_id"))
  @Column(name = "focus", length = 30)
  @Enumerated(EnumType.STRING)
  private Set<OutreachFocus> focus = new TreeSet<>();

  @Column(length = MAX_FOCUS_OTHER)
  private String focusOther;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(length = MAX_SUMMARY)
  private String summary;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 64)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(length = 64)
  private String closedBy;

  private Instant closedAt;

  @Version
  private long version;

  protected OutreachRound() {}

  /** A validated plan (villages of one regency, the period in order, at least one member and one focus). */
  public OutreachRound(String title, String regencyCode, Collection<String> villages, LocalDate periodStart,
      LocalDate periodEnd, Collection<String> members, Collection<OutreachFocus> focus, String focusOther,
      String createdBy, Instant createdAt) {
    this.title = Objects.requireNonNull(title);
    this.regencyCode = Objects.requireNonNull(regencyCode);
    this.villages.addAll(villages);
    this.periodStart = Objects.requireNonNull(periodStart);
    this.periodEnd = Objects.requireNonNull(periodEnd);
    this.members.addAll(members);
    this.focus.addAll(focus);
    this.focusOther = focusOther;
    this.status = Status.OPEN;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** Closes the round with the supervisor's summary. */
  public void close(String summary, String closedBy, Instant closedAt) {
    if (status == Status.CLOSED) {
      throw new IllegalStateException("Round " + id + " is already closed");
    }
    this.status = Status.CLOSED;
    this.summary = summary;
    this.closedBy = closedBy;
    this.closedAt = closedAt;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public boolean hasMember(String userId) {
    return members.contains(userId);
  }

  /** The category a finding of this round becomes by default: that of its focus first in {@link OutreachFocus}. */
  public String defaultCategory() {
    return focus.stream().sorted().findFirst().orElse(OutreachFocus.OTHER).defaultCategory();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
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

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public Set<String> getVillages() {
    return Set.copyOf(villages);
  }

  public Set<String> getMembers() {
    return Set.copyOf(members);
  }

  public Set<OutreachFocus> getFocus() {
    return Set.copyOf(focus);
  }

  public String getFocusOther() {
    return focusOther;
  }

  public Status getStatus() {
    return status;
  }

  public String getSummary() {
    return summary;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
