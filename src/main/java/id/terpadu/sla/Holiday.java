package id.terpadu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day off of the working-day calendar: a public holiday or a collective leave day (cuti bersama),
 * national ({@code provinceCode} null) or of one province. At most one per date and province.
 */
@Entity
@Table(name = "holiday")
public class Holiday {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "holiday_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "name", nullable = false, length = 200, updatable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private HolidayKind kind;

  @Column(name = "province_code", length = 2, updatable = false)
  private String provinceCode;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Holiday() {}

  Holiday(LocalDate date, String name, HolidayKind kind, String provinceCode, String createdBy, Instant createdAt) {
    this.date = date;
    this.name = name;
    this.kind = kind;
    this.provinceCode = provinceCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public LocalDate getDate() {
    return date;
  }

  /** As the decree names it, in Bahasa Indonesia. */
  public String getName() {
    return name;
  }

  public HolidayKind getKind() {
    return kind;
  }

  /** The province (2 digits) of a regional holiday; null for the whole country. */
  public String getProvinceCode() {
    return provinceCode;
  }

  /** The administrator who added it, or {@code reference/holidays-id.csv} for the shipped list. */
  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "Holiday " + date + (provinceCode == null ? "" : " (" + provinceCode + ")");
  }
}
