package id.terpadu.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRelationRepository extends JpaRepository<PersonRelation, Long> {

  @Query("select r from PersonRelation r where r.personId = ?1 or r.relatedPersonId = ?1 order by r.id")
  List<PersonRelation> involving(Long personId);

  List<PersonRelation> findByPersonIdOrderById(Long personId);

  List<PersonRelation> findByRelatedPersonIdOrderById(Long relatedPersonId);

  boolean existsByPersonIdAndRelatedPersonIdAndRelation(Long personId, Long relatedPersonId, RelationKind relation);
}
