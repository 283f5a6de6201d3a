package id.terpadu.vulnerable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One handover-list export: who, when, what (format, filters, number of rows) and why (purpose). */
@Entity
@Table(name = "vulnerable_export")
public class ExportLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vulnerable_export_seq")
  @SequenceGenerator(name = "vulnerable_export_seq", sequenceName = "vulnerable_export_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 64)
  private String exportedBy;

  @Column(nullable = false)
  private Instant exportedAt;

  @Column(nullable = false, length = 200)
  private String ownerUnits;

  @Column(nullable = false, length = 10)
  private String format;

  @Column(nullable = false, length = 500)
  private String purpose;

  @Column(nullable = false, length = 1000)
  private String filters;

  @Column(nullable = false)
  private int rowCount;

  protected ExportLogEntry() {}

  ExportLogEntry(String exportedBy, Instant exportedAt, String ownerUnits, String format, String purpose,
      String filters, int rowCount) {
    this.exportedBy = exportedBy;
    this.exportedAt = exportedAt;
    this.ownerUnits = ownerUnits;
    this.format = format;
    this.purpose = purpose;
    this.filters = filters;
    this.rowCount = rowCount;
  }

  public Long getId() {
    return id;
  }

  public String getExportedBy() {
    return exportedBy;
  }

  public Instant getExportedAt() {
    return exportedAt;
  }

  public String getOwnerUnits() {
    return ownerUnits;
  }

  public String getFormat() {
    return format;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getFilters() {
    return filters;
  }

  public int getRowCount() {
    return rowCount;
  }
}
