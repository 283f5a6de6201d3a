package id.terpadu.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One child met on a visit: identity as told (name, age, sex, NIK when known), the findings, whether they need
 * action, the registry person the child was linked to and the case a finding became. Identity never goes to logs.
 */
@Embeddable
public class ChildMet {

  public static final int MAX_NAME = 200;
  public static final int MAX_FINDINGS = 2000;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(nullable = false)
  private int age;

  @Column(nullable = false, length = 1)
  private String sex;

  @Column(length = 16)
  private String nik;

  @Column(length = MAX_FINDINGS)
  private String findings;

  @Column(nullable = false)
  private boolean actionNeeded;

  @Column(length = 40)
  private String category;

  private Long personId;

  private Long caseId;

  protected ChildMet() {}

  public ChildMet(String name, int age, String sex, String nik, String findings, boolean actionNeeded,
      String category) {
    this.name = name;
    this.age = age;
    this.sex = sex;
    this.nik = nik;
    this.findings = findings;
    this.actionNeeded = actionNeeded;
    this.category = category;
  }

  void linkPerson(Long personId) {
    this.personId = personId;
  }

  void linkCase(Long caseId) {
    this.caseId = caseId;
  }

  public String getName() {
    return name;
  }

  public int getAge() {
    return age;
  }

  public String getSex() {
    return sex;
  }

  public String getNik() {
    return nik;
  }

  public String getFindings() {
    return findings;
  }

  public boolean isActionNeeded() {
    return actionNeeded;
  }

  public String getCategory() {
    return category;
  }

  public Long getPersonId() {
    return personId;
  }

  public Long getCaseId() {
    return caseId;
  }
}
