package id.terpadu.person;

import id.terpadu.access.Regional;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A child or family member. Every field but the id may be unknown at intake (a child may have no NIK
 * yet). The person-registry feature extends this record.
 */
@Entity
@Table(name = "person")
public class Person implements Regional {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  private Long id;

  @Column(length = 16)
  private String nik;

  @Column(length = 200)
  private String name;

  @Column(length = 1)
  private String sex;

  private LocalDate birthDate;

  @Column(length = 2)
  private String provinceCode;

  @Column(length = 4)
  private String regencyCode;

  @Column(length = 6)
  private String districtCode;

  @Column(length = 10)
  private String villageCode;

  @Column(length = 16)
  private String kk;

  @Column(length = 100)
  private String birthPlace;

  @Column(length = 300)
  private String address;

  @Column(length = 30)
  private String phone;

  @Column(length = 200)
  private String disability;

  @Column(length = 100)
  private String sourceId;

  /** {@link NameMatcher#key(String)} of the name: candidate duplicates are found by it, then scored. */
  @Column(length = 200)
  private String nameKey;

  /** The record this one was merged into (null: a record in its own right). */
  private Long mergedIntoId;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version
  private long version;

  protected Person() {}

  public Person(String name, String sex, LocalDate birthDate, String nik, String regionCode) {
    this.name = name;
    this.sex = sex;
    this.birthDate = birthDate;
    this.nik = nik;
    this.nameKey = name == null ? null : NameMatcher.key(name);
    setRegion(regionCode);
    this.createdAt = Instant.now();
  }

  /** A person registered in the registry, from validated details. */
  Person(PersonDetails details, Instant now) {
    this.createdAt = now;
    apply(details, now);
    this.updatedAt = null;
  }

  /** Replaces every registry field with the given details (an edit). */
  void apply(PersonDetails d, Instant now) {
    this.nik = d.nik();
    this.kk = d.kk();
    this.name = d.name();
    this.nameKey = d.name() == null ? null : NameMatcher.key(d.name());
    this.sex = d.sex();
    this.birthDate = d.birthDate();
    this.birthPlace = d.birthPlace();
    this.address = d.address();
    this.phone = d.phone();
    this.disability = d.disability();
    this.sourceId = d.sourceId();
    provinceCode = null;
    regencyCode = null;
    districtCode = null;
    villageCode = null;
    setRegion(d.regionCode());
    this.updatedAt = now;
  }

  /** This record's registry fields as details (region: the most precise code). */
  PersonDetails details() {
    return new PersonDetails(nik, kk, name, sex, birthDate, birthPlace, regionCode(), address, phone, disability,
        sourceId);
  }

  void mergedInto(Long keptId, Instant now) {
    this.mergedIntoId = keptId;
    this.updatedAt = now;
  }

  void touched(Instant now) {
    this.updatedAt = now;
  }

  void setNik(String nik) {
    this.nik = nik;
  }

  void setKk(String kk) {
    this.kk = kk;
  }

  void setSex(String sex) {
    this.sex = sex;
  }

  void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  void setBirthPlace(String birthPlace) {
    this.birthPlace = birthPlace;
  }

  void setAddress(String address) {
    this.address = address;
  }

  void setPhone(String phone) {
    this.phone = phone;
  }

  void setDisability(String disability) {
    this.disability = disability;
  }

  public long getVersion() {
    return version;
  }

  /** Sets the region codes from the most precise code known (district or village). */
  private void setRegion(String code) {
    if (code == null) {
      return;
    }
    provinceCode = code.substring(0, 2);
    regencyCode = code.length() >= 4 ? code.substring(0, 4) : null;
    districtCode = code.length() >= 6 ? code.substring(0, 6) : null;
    villageCode = code.length() == 10 ? code : null;
  }

  /**
   * The person's address moves with their family: a case handed over to another regency takes the child's
   * record along (the district and village are those given for the move, or unknown).
   */
  public void moveTo(String regencyCode, String districtCode, String villageCode) {
    this.provinceCode = regencyCode.substring(0, 2);
    this.regencyCode = regencyCode;
    this.districtCode = districtCode;
    this.villageCode = villageCode;
  }

  public String getKk() {
    return kk;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getDisability() {
    return disability;
  }

  public String getSourceId() {
    return sourceId;
  }

  public String getNameKey() {
    return nameKey;
  }

  public Long getMergedIntoId() {
    return mergedIntoId;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Long getId() {
    return id;
  }

  public String getNik() {
    return nik;
  }

  public String getName() {
    return name;
  }

  /** The first word of the name: what a partner agency's referral summary may show. */
  public String getFirstName() {
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.trim().split("\\s+")[0];
  }

  public String getSex() {
    return sex;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getRegencyCode() {
    return regencyCode;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public String getVillageCode() {
    return villageCode;
  }
}
