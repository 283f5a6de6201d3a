package id.terpadu.vulnerable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One category of an entry; orphans also say which parent(s) died ({@code orphanType}) and the cause. */
@Embeddable
public class EntryCategory {

  @Column(name = "category_code", nullable = false, length = 40)
  private String code;

  @Column(length = 10)
  private String orphanType;

  @Column(length = 100)
  private String cause;

  protected EntryCategory() {}

  public EntryCategory(String code, String orphanType, String cause) {
    this.code = code;
    this.orphanType = orphanType;
    this.cause = cause;
  }

  public String getCode() {
    return code;
  }

  public String getOrphanType() {
    return orphanType;
  }

  public String getCause() {
    return cause;
  }
}
