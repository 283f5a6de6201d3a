package id.terpadu.vulnerable;

import id.terpadu.access.Regional;
import id.terpadu.person.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * A person in the vulnerable women and children registry, in one or more categories, with their DTKS status
 * and where their basic-needs assessment stands. The entry carries the person's region (copied at registration
 * and refreshed on every update) so the region-scope layer filters the registry on its own columns.
 */
@Entity
@Table(name = "vulnerable_entry")
public class VulnerableEntry implements Regional {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vulnerable_entry_seq")
  @SequenceGenerator(name = "vulnerable_entry_seq", sequenceName = "vulnerable_entry_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 200)
  @CollectionTable(name = "vulnerable_entry_category", joinColumns = @JoinColumn(name = "entry_id"))
  private List<EntryCategory> categories = new ArrayList<>();

  @Column(length = 2)
  private String provinceCode;

  @Column(length = 4)
  private String regencyCode;

  @Column(length = 6)
  private String districtCode;

  @Column(length = 10)
  private String villageCode;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private DtksStatus dtksStatus;

  @Column(length = 20)
  private String dtksPeriod;

  private Instant dtksUpdatedAt;

  @Column(length = 36)
  private String dtksJobId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AssessmentStatus assessmentStatus = AssessmentStatus.NONE;

  @Column(length = 64)
  private String assessmentProcess;

  @Column(nullable = false, length = 64)
  private String registeredBy;

  @Column(nullable = false)
  private Instant registeredAt;

  @Column(length = 64)
  private String updatedBy;

  private Instant updatedAt;

  @Version
  private long version;

  protected VulnerableEntry() {}

  VulnerableEntry(Person person, List<EntryCategory> categories, String registeredBy, Instant at) {
    this.person = person;
    this.categories = new ArrayList<>(categories);
    this.registeredBy = registeredBy;
    this.registeredAt = at;
    // A person without a NIK cannot be matched with DTKS at all.
    this.dtksStatus = person.getNik() == null ? DtksStatus.NOT_IDENTIFIABLE : null;
    takeRegionOf(person);
  }

  void update(List<EntryCategory> categories, String by, Instant at) {
    this.categories.clear();
    this.categories.addAll(categories);
    this.updatedBy = by;
    this.updatedAt = at;
    takeRegionOf(person);
  }

  /** The person moved (e.g. with a case handed over to another regency): the entry moves to their new region. */
  void followPerson() {
    takeRegionOf(person);
  }

  private void takeRegionOf(Person p) {
    this.provinceCode = p.getProvinceCode();
    this.regencyCode = p.getRegencyCode();
    this.districtCode = p.getDistrictCode();
    this.villageCode = p.getVillageCode();
  }

  void assessment(AssessmentStatus status, String processInstanceId) {
    this.assessmentStatus = status;
    if (processInstanceId != null) {
      this.assessmentProcess = processInstanceId;
    }
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public List<EntryCategory> getCategories() {
    return List.copyOf(categories);
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

  public DtksStatus getDtksStatus() {
    return dtksStatus;
  }

  public String getDtksPeriod() {
    return dtksPeriod;
  }

  public Instant getDtksUpdatedAt() {
    return dtksUpdatedAt;
  }

  public AssessmentStatus getAssessmentStatus() {
    return assessmentStatus;
  }

  public String getAssessmentProcess() {
    return assessmentProcess;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
