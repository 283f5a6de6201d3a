package id.terpadu.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A partner agency (mitra layanan): a government office or non-government partner that receives
 * referrals. Its referral tasks go to the Camunda group {@code agency-<code>}; it serves the listed
 * regencies with the listed service types (codes of {@code reference/service-types.csv}).
 */
@Entity
@Table(name = "agency")
public class Agency {

  @Id
  @Column(name = "code", length = 40, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "group_id", nullable = false, length = 64, updatable = false)
  private String groupId;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Version
  @Column(name = "version", nullable = false)
  private Long version;

  // Lists load the collections of all listed agencies in one query each, not one per agency.
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "agency_regency", joinColumns = @JoinColumn(name = "agency_code"))
  @Column(name = "regency_code", length = 4)
  private Set<String> regencyCodes = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "agency_service_type", joinColumns = @JoinColumn(name = "agency_code"))
  @Column(name = "service_type", length = 40)
  private Set<String> serviceTypes = new TreeSet<>();

  protected Agency() {}

  Agency(String code, String groupId) {
    this.code = code;
    this.groupId = groupId;
    this.active = true;
  }

  void describe(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  void serve(Collection<String> regencyCodes, Collection<String> serviceTypes) {
    this.regencyCodes.clear();
    this.regencyCodes.addAll(regencyCodes);
    this.serviceTypes.clear();
    this.serviceTypes.addAll(serviceTypes);
  }

  void setActive(boolean active) {
    this.active = active;
  }

  /** Stable code: lower-case letters, digits and '-', e.g. {@code rsud}. */
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The Camunda group its referral tasks are assigned to: {@code agency-<code>}. */
  public String getGroupId() {
    return groupId;
  }

  public String getEmail() {
    return email;
  }

  /** May be null. */
  public String getPhone() {
    return phone;
  }

  /** Inactive agencies receive no new referrals; their history stays. */
  public boolean isActive() {
    return active;
  }

  /** The regency codes (4 digits) it serves, in code order. */
  public Set<String> getRegencyCodes() {
    return Collections.unmodifiableSet(new TreeSet<>(regencyCodes));
  }

  /** The service type codes it gives, in code order. */
  public Set<String> getServiceTypes() {
    return Collections.unmodifiableSet(new TreeSet<>(serviceTypes));
  }

  @Override
  public String toString() {
    return "Agency " + code;
  }
}
