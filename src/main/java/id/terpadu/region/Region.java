package id.terpadu.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One administrative region (province, regency, district or village) with its Kemendagri code. Reference
 * data: loaded by the Flyway migration {@code V4__LoadRegions} and never changed by the application.
 */
@Entity
@Immutable
@Table(name = "region")
public class Region {

  @Id
  @Column(name = "code", length = 10, updatable = false, insertable = false)
  private String code;

  @Column(name = "parent_code", length = 10, updatable = false, insertable = false)
  private String parentCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 10, nullable = false, updatable = false, insertable = false)
  private RegionLevel level;

  @Column(name = "name", length = 200, nullable = false, updatable = false, insertable = false)
  private String name;

  protected Region() {}

  /** The code: 2, 4, 6 or 10 digits. */
  public String getCode() {
    return code;
  }

  /** The code of the region one level up; null for a province. */
  public String getParentCode() {
    return parentCode;
  }

  public RegionLevel getLevel() {
    return level;
  }

  /** The official name, as in the source (e.g. "Kabupaten Tulungagung"). */
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region other && code != null && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code == null ? 0 : code.hashCode();
  }

  @Override
  public String toString() {
    return level + " " + code + " " + name;
  }
}
