package id.terpadu.vulnerable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A category of the vulnerable registry (orphan, vulnerable child, woman living with HIV/AIDS, …): reference
 * data in {@code vulnerable_category}, so a province adds one without code. Who may be in it follows from its
 * columns: {@code forSex} ('P': women only), {@code minAge}/{@code maxAge} (whole years), {@code needsCause}
 * (orphans: which parent and the cause).
 */
@Entity
@Table(name = "vulnerable_category")
public class VulnerableCategory {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 100)
  private String label;

  @Column(nullable = false)
  private boolean needsCause;

  @Column(length = 1)
  private String forSex;

  private Integer minAge;

  private Integer maxAge;

  @Column(nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  protected VulnerableCategory() {}

  VulnerableCategory(String code, String label, boolean needsCause, String forSex, Integer minAge, Integer maxAge) {
    this.code = code;
    this.label = label;
    this.needsCause = needsCause;
    this.forSex = forSex;
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.active = true;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public boolean isNeedsCause() {
    return needsCause;
  }

  public String getForSex() {
    return forSex;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public Integer getMaxAge() {
    return maxAge;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
