package id.terpadu.kla;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KlaValueRepository extends JpaRepository<KlaValue, KlaValue.Key> {

  List<KlaValue> findByKeySubmissionId(Long submissionId);

  List<KlaValue> findByKeySubmissionIdIn(Collection<Long> submissionIds);
}
