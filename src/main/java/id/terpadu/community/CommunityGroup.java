package id.terpadu.community;

import id.terpadu.access.Regional;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A community-based child-protection group (PATBM) of one village: its members with their roles and the
 * contact person the unit calls. Values are validated by {@link CommunityRegistry} before they get here.
 */
@Entity
@Table(name = "community_group")
public class CommunityGroup implements Regional {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_group_seq")
  @SequenceGenerator(name = "community_group_seq", sequenceName = "community_group_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(nullable = false, length = 6)
  private String districtCode;

  @Column(nullable = false, length = 10)
  private String villageCode;

  @Column(nullable = false, length = 200)
  private String contactName;

  @Column(length = 20)
  private String contactPhone;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "community_group_member", joinColumns = @JoinColumn(name = "group_id"))
  @OrderColumn(name = "member_index")
  private List<GroupMember> members = new ArrayList<>();

  @Column(nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected CommunityGroup() {}

  public static CommunityGroup register(String name, String villageCode, String contactName, String contactPhone,
      List<GroupMember> members, String createdBy, Instant createdAt) {
    CommunityGroup group = new CommunityGroup();
    group.createdBy = createdBy;
    group.createdAt = createdAt;
    group.update(name, villageCode, contactName, contactPhone, members, true);
    return group;
  }

  public void update(String name, String villageCode, String contactName, String contactPhone,
      List<GroupMember> members, boolean active) {
    this.name = name;
    this.villageCode = villageCode;
    this.districtCode = villageCode.substring(0, 6);
    this.regencyCode = villageCode.substring(0, 4);
    this.contactName = contactName;
    this.contactPhone = contactPhone;
    this.members.clear();
    this.members.addAll(members);
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public String getRegencyCode() {
    return regencyCode;
  }

  @Override
  public String getDistrictCode() {
    return districtCode;
  }

  @Override
  public String getVillageCode() {
    return villageCode;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public boolean isActive() {
    return active;
  }

  public List<GroupMember> getMembers() {
    return List.copyOf(members);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
