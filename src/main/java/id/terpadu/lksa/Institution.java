package id.terpadu.lksa;

import id.terpadu.access.Regional;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A child welfare institution (LKSA): where it is (address, region codes, coordinates for the attendance check),
 * how many children it can take, its accreditation and contact. Its staff are the group {@code lksa-<code>}.
 */
@Entity
@Table(name = "lksa_institution")
public class Institution implements Regional {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lksa_institution_seq")
  @SequenceGenerator(name = "lksa_institution_seq", sequenceName = "lksa_institution_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 40, updatable = false)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "institution_type", nullable = false, length = 30)
  private InstitutionType type;

  @Column(nullable = false, length = 300)
  private String address;

  @Column(nullable = false, length = 2)
  private String provinceCode;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(length = 6)
  private String districtCode;

  @Column(length = 10)
  private String villageCode;

  @Column(nullable = false)
  private double latitude;

  @Column(nullable = false)
  private double longitude;

  @Column(nullable = false)
  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Accreditation accreditation;

  @Column(length = 100)
  private String contactName;

  @Column(length = 30)
  private String contactPhone;

  @Column(length = 200)
  private String contactEmail;

  @Column(nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version
  private long version;

  protected Institution() {}

  Institution(String code, String createdBy, Instant createdAt) {
    this.code = code;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Takes the validated input's values (the code never changes). */
  void apply(InstitutionInput.Valid input) {
    this.name = input.name();
    this.type = input.type();
    this.address = input.address();
    this.provinceCode = input.regencyCode().substring(0, 2);
    this.regencyCode = input.regencyCode();
    this.districtCode = input.districtCode();
    this.villageCode = input.villageCode();
    this.latitude = input.latitude();
    this.longitude = input.longitude();
    this.capacity = input.capacity();
    this.accreditation = input.accreditation();
    this.contactName = input.contactName();
    this.contactPhone = input.contactPhone();
    this.contactEmail = input.contactEmail();
  }

  void touched(Instant at) {
    this.updatedAt = at;
  }

  /** The Camunda group of the institution's staff. */
  public String staffGroup() {
    return LksaRoles.staffGroup(code);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public InstitutionType getType() {
    return type;
  }

  public String getAddress() {
    return address;
  }

  public String getProvinceCode() {
    return provinceCode;
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

  public double getLatitude() {
    return latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  public int getCapacity() {
    return capacity;
  }

  public Accreditation getAccreditation() {
    return accreditation;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
