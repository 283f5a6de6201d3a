package id.terpadu.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonMergeRepository extends JpaRepository<PersonMerge, Long> {

  @Query("select m from PersonMerge m where m.keptId = ?1 or m.mergedId = ?1 order by m.mergedAt, m.id")
  List<PersonMerge> involving(Long personId);
}
