package id.terpadu.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One region code in a staff account's scope (province, regency, district or village). */
@Entity
@Table(name = "staff_scope")
@IdClass(StaffScopeEntry.Key.class)
public class StaffScopeEntry {

  @Id
  @Column(name = "user_id", length = 64)
  private String userId;

  @Id
  @Column(name = "region_code", length = 10)
  private String regionCode;

  protected StaffScopeEntry() {}

  public StaffScopeEntry(String userId, String regionCode) {
    this.userId = userId;
    this.regionCode = regionCode;
  }

  public String getUserId() {
    return userId;
  }

  public String getRegionCode() {
    return regionCode;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private String userId;
    private String regionCode;

    public Key() {}

    public Key(String userId, String regionCode) {
      this.userId = userId;
      this.regionCode = regionCode;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(regionCode, k.regionCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, regionCode);
    }
  }
}
