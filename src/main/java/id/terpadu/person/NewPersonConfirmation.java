package id.terpadu.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A user confirmed a new person although possible duplicates existed: who, when, and which candidates (ids and
 * scores) were found at that moment. Ids only: no identity.
 */
@Entity
@Table(name = "person_new_confirmation")
class NewPersonConfirmation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_new_confirmation_seq")
  @SequenceGenerator(name = "person_new_confirmation_seq", sequenceName = "person_new_confirmation_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long personId;

  @Column(nullable = false, length = 1000)
  private String candidates;

  @Column(nullable = false, length = 64)
  private String confirmedBy;

  @Column(nullable = false)
  private Instant confirmedAt;

  protected NewPersonConfirmation() {}

  NewPersonConfirmation(long personId, List<DuplicateFinder.Candidate> shown, String userId, Instant at) {
    this.personId = personId;
    String list = shown.stream().map(c -> c.person().getId() + ":" + c.result().score())
        .collect(Collectors.joining(","));
    this.candidates = list.length() > 1000 ? list.substring(0, list.lastIndexOf(',', 1000)) : list;
    this.confirmedBy = userId;
    this.confirmedAt = at;
  }

  Long getPersonId() {
    return personId;
  }

  String getCandidates() {
    return candidates;
  }

  String getConfirmedBy() {
    return confirmedBy;
  }

  Instant getConfirmedAt() {
    return confirmedAt;
  }
}
