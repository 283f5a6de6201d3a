package id.terpadu.casefile;

import id.terpadu.access.Regional;
import id.terpadu.person.Person;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A child-protection case of one unit: the complaint, the triage decision and where the case stands. */
@Entity
@Table(name = "child_case")
public class ChildCase implements Regional {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_case_seq")
  @SequenceGenerator(name = "child_case_seq", sequenceName = "child_case_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String caseNumber;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(length = 6)
  private String districtCode;

  @Column(length = 10)
  private String villageCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private CaseStage stage;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private RiskLevel riskLevel;

  @Column(nullable = false, length = 40)
  private String primaryCategory;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "case_category", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "category_code", length = 40)
  private Set<String> categories = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Channel channel;

  @Column(nullable = false)
  private Instant receivedAt;

  @Column(nullable = false, length = 5000)
  private String description;

  @Column(nullable = false)
  private boolean reporterAnonymous;

  @Column(length = 200)
  private String reporterName;

  @Column(length = 40)
  private String reporterPhone;

  @Column(length = 100)
  private String reporterRelation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "child_id")
  private Person child;

  @Column(length = 64)
  private String caseworkerId;

  @Column(length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private TriageOutcome triageOutcome;

  @Column(length = 2000)
  private String triageNote;

  @Column(length = 500)
  private String referredTo;

  @Column(length = 64)
  private String triagedBy;

  private Instant triagedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "duplicate_of_id")
  private ChildCase duplicateOf;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private ClosureReason closureReason;

  private Instant closedAt;

  @Column(nullable = false)
  private boolean historical;

  /** An imported case's number in the unit's spreadsheet (written by the historical import only). */
  @Column(length = 60, updatable = false)
  private String sourceNumber;

  /** An imported case's child without identity: sex and birth date from the spreadsheet, when given. */
  @Column(length = 1, updatable = false)
  private String childSex;

  @Column(updatable = false)
  private java.time.LocalDate childBirthDate;

  @Column(nullable = false)
  private boolean conferenceAgenda;

  @Column(length = 1000)
  private String conferenceReason;

  @Column(nullable = false, length = 64)
  private String createdBy;

  @Version
  private long version;

  protected ChildCase() {}

  /** A new complaint, open and waiting for triage. */
  public static ChildCase fromComplaint(String caseNumber, Complaint complaint, Person child, String createdBy,
      Instant receivedAt) {
    ChildCase c = new ChildCase();
    c.caseNumber = caseNumber;
    c.regencyCode = complaint.regionCode().substring(0, 4);
    c.districtCode = complaint.regionCode().substring(0, 6);
    c.villageCode = complaint.regionCode().length() == 10 ? complaint.regionCode() : null;
    c.status = CaseStatus.OPEN;
    c.stage = CaseStage.TRIAGE;
    c.primaryCategory = complaint.categories().get(0);
    c.categories.addAll(complaint.categories());
    c.channel = complaint.channel();
    c.receivedAt = receivedAt;
    c.description = complaint.description();
    c.reporterAnonymous = complaint.anonymous();
    if (!complaint.anonymous() && complaint.reporter() != null) {
      c.reporterName = complaint.reporter().name();
      c.reporterPhone = complaint.reporter().phone();
      c.reporterRelation = complaint.reporter().relation();
    }
    c.child = child;
    c.createdBy = createdBy;
    return c;
  }

  /** Records the supervisor's triage decision (risk and categories only when accepted). */
  public void recordTriage(TriageOutcome outcome, RiskLevel risk, String primary, Collection<String> more,
      String note, String referredTo, String by, Instant at) {
    this.triageOutcome = outcome;
    this.triageNote = note;
    this.triagedBy = by;
    this.triagedAt = at;
    if (outcome == TriageOutcome.ACCEPTED) {
      this.riskLevel = risk;
      this.primaryCategory = primary;
      this.categories.clear();
      this.categories.add(primary);
      this.categories.addAll(more);
      this.stage = risk == RiskLevel.HIGH ? CaseStage.SAFETY : CaseStage.ASSIGNMENT;
    } else {
      this.referredTo = referredTo;
    }
  }

  public void linkAsDuplicateOf(ChildCase original) {
    this.duplicateOf = original;
  }

  public void close(ClosureReason reason, Instant at) {
    this.status = CaseStatus.CLOSED;
    this.closureReason = reason;
    this.closedAt = at;
    this.conferenceAgenda = false;
    this.conferenceReason = null;
  }

  /**
   * A closed case opened again: open, back at triage, without its closure; the new process instance
   * continues the same case (the reopening itself is recorded by the termination feature).
   */
  public void reopen(String newProcessInstanceId) {
    if (status != CaseStatus.CLOSED) {
      throw new IllegalStateException("Only a closed case can be reopened");
    }
    this.status = CaseStatus.OPEN;
    this.stage = CaseStage.TRIAGE;
    this.closureReason = null;
    this.closedAt = null;
    this.processInstanceId = newProcessInstanceId;
  }

  /**
   * An open historical (imported) case taken up by the unit: its process starts at triage now. Only once, and
   * only for an imported open case that has no process yet.
   */
  public void takeUp(String newProcessInstanceId) {
    if (!historical || status != CaseStatus.OPEN || processInstanceId != null) {
      throw new IllegalStateException("Only an open historical case without a process can be taken up");
    }
    this.stage = CaseStage.TRIAGE;
    this.processInstanceId = newProcessInstanceId;
  }

  /** Whether {@link #takeUp} is possible. */
  public boolean canBeTakenUp() {
    return historical && status == CaseStatus.OPEN && processInstanceId == null;
  }

  /** Puts the case on the agenda of the next case conference (with why), or takes it off. */
  public void setConferenceAgenda(boolean onAgenda, String reason) {
    this.conferenceAgenda = onAgenda;
    this.conferenceReason = onAgenda ? reason : null;
  }

  public void moveTo(CaseStage next) {
    this.stage = next;
  }

  public void assignCaseworker(String userId) {
    this.caseworkerId = userId;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getRegencyCode() {
    return regencyCode;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public CaseStage getStage() {
    return stage;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public String getPrimaryCategory() {
    return primaryCategory;
  }

  public Set<String> getCategories() {
    return Set.copyOf(categories);
  }

  public Channel getChannel() {
    return channel;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getDescription() {
    return description;
  }

  public boolean isReporterAnonymous() {
    return reporterAnonymous;
  }

  public String getReporterName() {
    return reporterName;
  }

  public String getReporterPhone() {
    return reporterPhone;
  }

  public String getReporterRelation() {
    return reporterRelation;
  }

  public Person getChild() {
    return child;
  }

  public String getCaseworkerId() {
    return caseworkerId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public TriageOutcome getTriageOutcome() {
    return triageOutcome;
  }

  public String getTriageNote() {
    return triageNote;
  }

  public String getReferredTo() {
    return referredTo;
  }

  public String getTriagedBy() {
    return triagedBy;
  }

  public Instant getTriagedAt() {
    return triagedAt;
  }

  public ChildCase getDuplicateOf() {
    return duplicateOf;
  }

  public ClosureReason getClosureReason() {
    return closureReason;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public boolean isConferenceAgenda() {
    return conferenceAgenda;
  }

  public String getConferenceReason() {
    return conferenceReason;
  }

  public boolean isHistorical() {
    return historical;
  }

  public String getSourceNumber() {
    return sourceNumber;
  }

  public String getChildSex() {
    return childSex;
  }

  public java.time.LocalDate getChildBirthDate() {
    return childBirthDate;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /**
   * Hands the case over to the unit of another regency (the family moved): the case keeps its number and
   * history, takes the new location (district or village when known in the new regency) and waits for the
   * receiving unit to assign a caseworker.
   */
  public void transferTo(String regencyCode, String districtCode, String villageCode) {
    this.regencyCode = regencyCode;
    this.districtCode = districtCode;
    this.villageCode = villageCode;
    this.caseworkerId = null;
    if (child != null) {
      child.moveTo(regencyCode, districtCode, villageCode);
    }
  }
}
