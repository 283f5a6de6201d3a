package id.terpadu.audit;

import id.terpadu.access.AccessListener.Outcome;
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

/**
 * One row of the access log: who read which case or person (or listed them with which filters and how many matched),
 * when, from which address, through which API call, why (the purpose), and whether it was allowed. Written once, never changed.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
  @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
  private Long id;

  @Column(name = "accessed_at", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String userId;

  @Column(length = 45)
  private String clientIp;

  @Column(nullable = false, length = 120)
  private String action;

  private Long caseId;

  private Long personId;

  @Column(length = 300)
  private String filters;

  private Long resultCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Outcome outcome;

  @Column(nullable = false)
  private int httpStatus;

  /** Why: stated by the caller or derived (null in rows older than V46). */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AccessPurpose purpose;

  /** Whether the caller stated the purpose (X-Terpadu-Purpose) rather than it being derived. */
  private Boolean purposeStated;

  protected AccessLogEntry() {}

  AccessLogEntry(Instant at, String userId, String clientIp, String action, Long caseId, Long personId,
      String filters, Long resultCount, Outcome outcome, int httpStatus) {
    this.at = at;
    this.userId = userId;
    this.clientIp = clientIp;
    this.action = action;
    this.caseId = caseId;
    this.personId = personId;
    this.filters = filters;
    this.resultCount = resultCount;
    this.outcome = outcome;
    this.httpStatus = httpStatus;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUserId() {
    return userId;
  }

  public String getClientIp() {
    return clientIp;
  }

  public String getAction() {
    return action;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getPersonId() {
    return personId;
  }

  public String getFilters() {
    return filters;
  }

  public Long getResultCount() {
    return resultCount;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public int getHttpStatus() {
    return httpStatus;
  }

  public AccessPurpose getPurpose() {
    return purpose;
  }

  public Boolean getPurposeStated() {
    return purposeStated;
  }
}
