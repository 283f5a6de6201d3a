package id.terpadu.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One service a plan refers the child to: which service, from which partner agency, by when. */
@Entity
@Table(name = "planned_service")
public class PlannedService {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planned_service_seq")
  @SequenceGenerator(name = "planned_service_seq", sequenceName = "planned_service_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 40)
  private String serviceType;

  @Column(nullable = false, length = 40)
  private String agencyCode;

  @Column(nullable = false)
  private LocalDate targetDate;

  @Column(length = 1000)
  private String note;

  protected PlannedService() {}

  public PlannedService(String serviceType, String agencyCode, LocalDate targetDate, String note) {
    this.serviceType = serviceType;
    this.agencyCode = agencyCode;
    this.targetDate = targetDate;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public String getServiceType() {
    return serviceType;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public String getNote() {
    return note;
  }
}
