package id.terpadu.person;

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

/** One family relationship: the related person is {@link #getRelation()} of the person (see {@link RelationKind}). */
@Entity
@Table(name = "person_relation")
class PersonRelation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_relation_seq")
  @SequenceGenerator(name = "person_relation_seq", sequenceName = "person_relation_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long personId;

  @Column(nullable = false)
  private Long relatedPersonId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RelationKind relation;

  @Column(nullable = false, length = 64)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  protected PersonRelation() {}

  PersonRelation(long personId, long relatedPersonId, RelationKind relation, String createdBy, Instant createdAt) {
    if (!relation.stored()) {
      throw new IllegalArgumentException("Store " + relation.inverse() + " with the persons swapped");
    }
    this.personId = personId;
    this.relatedPersonId = relatedPersonId;
    this.relation = relation;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The relationship as seen from one of its two persons: what the other person is to them. */
  RelationKind seenFrom(long viewerId) {
    return viewerId == personId ? relation : relation.inverse();
  }

  long otherThan(long viewerId) {
    return viewerId == personId ? relatedPersonId : personId;
  }

  boolean involves(long id) {
    return personId == id || relatedPersonId == id;
  }

  Long getId() {
    return id;
  }

  Long getPersonId() {
    return personId;
  }

  Long getRelatedPersonId() {
    return relatedPersonId;
  }

  RelationKind getRelation() {
    return relation;
  }

  void setPersonId(Long personId) {
    this.personId = personId;
  }

  void setRelatedPersonId(Long relatedPersonId) {
    this.relatedPersonId = relatedPersonId;
  }
}
