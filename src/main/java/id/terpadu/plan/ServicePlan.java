package id.terpadu.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The caseworker's service plan for a case: goals and one planned service per need, approved or returned. */
@Entity
@Table(name = "service_plan")
public class ServicePlan {

  /** Where the plan stands. */
  public enum Status { SUBMITTED, APPROVED, RETURNED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_plan_seq")
  @SequenceGenerator(name = "service_plan_seq", sequenceName = "service_plan_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;

  @Column(nullable = false, length = 4000)
  private String goals;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(nullable = false, length = 64)
  private String draftedBy;

  @Column(nullable = false)
  private Instant draftedAt;

  @Column(length = 64)
  private String decidedBy;

  private Instant decidedAt;

  @Column(length = 2000)
  private String returnComment;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderColumn(name = "position")
  private List<PlannedService> services = new ArrayList<>();

  @Version
  private long version;

  protected ServicePlan() {}

  public ServicePlan(Long caseId, String goals, List<PlannedService> services, String by, Instant at) {
    this.caseId = caseId;
    this.goals = goals;
    this.services.addAll(services);
    this.status = Status.SUBMITTED;
    this.draftedBy = by;
    this.draftedAt = at;
  }

  public void approve(String by, Instant at) {
    decide(Status.APPROVED, by, at, null);
  }

  public void returnForChanges(String by, Instant at, String comment) {
    decide(Status.RETURNED, by, at, comment);
  }

  private void decide(Status decision, String by, Instant at, String comment) {
    if (status != Status.SUBMITTED) {
      throw new IllegalStateException("Plan " + id + " was already decided: " + status);
    }
    this.status = decision;
    this.decidedBy = by;
    this.decidedAt = at;
    this.returnComment = comment;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getGoals() {
    return goals;
  }

  public Status getStatus() {
    return status;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public List<PlannedService> getServices() {
    return List.copyOf(services);
  }
}
