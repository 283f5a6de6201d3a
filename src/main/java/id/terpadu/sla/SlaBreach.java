package id.terpadu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user task past its due date, at one escalation level: which task of which case, who had it, who was
 * notified, when it was due, breached and resolved (completed or cancelled).
 */
@Entity
@Table(name = "sla_breach")
public class SlaBreach {

  public enum Resolution {
    COMPLETED, CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_breach_seq")
  @SequenceGenerator(name = "sla_breach_seq", sequenceName = "sla_breach_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 64)
  private String taskId;

  @Column(nullable = false)
  private int level;

  @Column(nullable = false, length = 100)
  private String taskKey;

  @Column(length = 200)
  private String taskName;

  @Column(nullable = false, length = 64)
  private String processInstanceId;

  private Long caseId;

  @Column(length = 40)
  private String caseNumber;

  @Column(length = 4)
  private String regencyCode;

  @Column(nullable = false, length = 30)
  private String stage;

  @Column(length = 10)
  private String risk;

  @Column(length = 64)
  private String assignee;

  @Column(length = 500)
  private String candidateGroups;

  @Column(length = 200)
  private String notified;

  private Instant dueAt;

  @Column(nullable = false)
  private Instant breachedAt;

  private Instant resolvedAt;

  @Column(length = 10)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Resolution resolution;

  @Column(length = 64)
  private String incidentId;

  protected SlaBreach() {}

  SlaBreach(String taskId, int level, String taskKey, String taskName, String processInstanceId, Long caseId,
      String caseNumber, String regencyCode, String stage, String risk, String assignee, String candidateGroups,
      String notified, Instant dueAt, Instant breachedAt) {
    this.taskId = taskId;
    this.level = level;
    this.taskKey = taskKey;
    this.taskName = taskName;
    this.processInstanceId = processInstanceId;
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.regencyCode = regencyCode;
    this.stage = stage;
    this.risk = risk;
    this.assignee = assignee;
    this.candidateGroups = candidateGroups;
    this.notified = notified;
    this.dueAt = dueAt;
    this.breachedAt = breachedAt;
  }

  void attachIncident(String incidentId) {
    this.incidentId = incidentId;
  }

  void resolve(Resolution how, Instant at) {
    if (resolvedAt == null) {
      this.resolution = how;
      this.resolvedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public int getLevel() {
    return level;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public String getTaskName() {
    return taskName;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getRegencyCode() {
    return regencyCode;
  }

  public String getStage() {
    return stage;
  }

  public String getRisk() {
    return risk;
  }

  public String getAssignee() {
    return assignee;
  }

  public String getCandidateGroups() {
    return candidateGroups;
  }

  public String getNotified() {
    return notified;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getBreachedAt() {
    return breachedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Resolution getResolution() {
    return resolution;
  }

  public String getIncidentId() {
    return incidentId;
  }
}
