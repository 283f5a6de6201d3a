package id.terpadu.kla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface KlaSubmissionRepository extends JpaRepository<KlaSubmission, Long>,
    JpaSpecificationExecutor<KlaSubmission> {

  List<KlaSubmission> findByRoundIdOrderByDistrictCodeAscClusterAsc(Long roundId);
}
