package id.terpadu.community;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One member of a community group: name, role and an optional phone number. */
@Embeddable
public class GroupMember {

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_role", nullable = false, length = 20)
  private MemberRole role;

  @Column(name = "phone", length = 20)
  private String phone;

  protected GroupMember() {}

  public GroupMember(String name, MemberRole role, String phone) {
    this.name = name;
    this.role = role;
    this.phone = phone;
  }

  public String getName() {
    return name;
  }

  public MemberRole getRole() {
    return role;
  }

  public String getPhone() {
    return phone;
  }
}
