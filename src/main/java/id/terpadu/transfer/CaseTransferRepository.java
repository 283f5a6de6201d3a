package id.terpadu.transfer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseTransferRepository extends JpaRepository<CaseTransfer, Long>, JpaSpecificationExecutor<CaseTransfer> {

  List<CaseTransfer> findByCaseIdOrderByTransferredAtAscIdAsc(Long caseId);
}
