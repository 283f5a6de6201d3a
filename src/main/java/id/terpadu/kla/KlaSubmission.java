package id.terpadu.kla;

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
import java.time.Instant;

/**
 * The values of one cluster for one district in one round (or, for cluster 0, the regency's institutional
 * indicators: no district). Its region is the district (the regency for cluster 0), so a district's staff find
 * only their own submissions.
 */
@Entity
@Table(name = "kla_submission")
public class KlaSubmission implements Regional {

  public enum Status {
    /** Waiting for the district (or regency) to fill it in. */
    OPEN,
    /** Returned by the verifier: waiting for the district again. */
    RETURNED,
    /** Waiting for the verifier. */
    SUBMITTED,
    /** Accepted by the verifier (cluster 0: submitted by the regency itself). */
    ACCEPTED;

    public boolean editable() {
      return this == OPEN || this == RETURNED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kla_submission_seq")
  @SequenceGenerator(name = "kla_submission_seq", sequenceName = "kla_submission_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long roundId;

  @Column(nullable = false, length = 4)
  private String regencyCode;

  @Column(length = 6)
  private String districtCode;

  @Column(nullable = false)
  private int cluster;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  private Instant dueAt;

  @Column(length = 64)
  private String submittedBy;

  private Instant submittedAt;

  @Column(length = 64)
  private String verifiedBy;

  private Instant verifiedAt;

  @Column(length = 1000)
  private String verifierComment;

  @Column(nullable = false)
  private int returnCount;

  protected KlaSubmission() {}

  public KlaSubmission(Long roundId, String regencyCode, String districtCode, int cluster) {
    this.roundId = roundId;
    this.regencyCode = regencyCode;
    this.districtCode = districtCode;
    this.cluster = cluster;
    this.status = Status.OPEN;
  }

  public Long getId() {
    return id;
  }

  public Long getRoundId() {
    return roundId;
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
    return null;
  }

  public int getCluster() {
    return cluster;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerifierComment() {
    return verifierComment;
  }

  public int getReturnCount() {
    return returnCount;
  }

  public boolean institutional() {
    return cluster == KlaCatalogue.INSTITUTIONAL;
  }

  /** The group whose task fills it in: {@code kecamatan-<district>}, or the regency's verifiers for cluster 0. */
  public String fillingGroup() {
    return institutional() ? KlaRoles.verifierGroup(regencyCode) : KlaRoles.districtGroup(districtCode);
  }

  void waitingFor(Instant due) {
    this.dueAt = due;
  }

  void submit(String by, Instant at) {
    this.submittedBy = by;
    this.submittedAt = at;
    this.status = institutional() ? Status.ACCEPTED : Status.SUBMITTED;
  }

  void accept(String by, Instant at, String comment) {
    this.verifiedBy = by;
    this.verifiedAt = at;
    this.verifierComment = comment;
    this.status = Status.ACCEPTED;
  }

  void giveBack(String by, Instant at, String comment) {
    this.verifiedBy = by;
    this.verifiedAt = at;
    this.verifierComment = comment;
    this.status = Status.RETURNED;
    this.returnCount++;
  }
}
