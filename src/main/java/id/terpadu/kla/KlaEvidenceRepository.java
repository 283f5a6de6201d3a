package id.terpadu.kla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KlaEvidenceRepository extends JpaRepository<KlaEvidence, Long> {

  List<KlaEvidence> findBySubmissionIdOrderByIndicatorCodeAscIdAsc(Long submissionId);

  long countBySubmissionId(Long submissionId);
}
