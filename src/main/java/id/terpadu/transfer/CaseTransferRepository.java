package id.terpadu.transfer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseTransferRepository extends JpaRepository<CaseTransfer, Long>, JpaSpecificationExecutor<CaseTransfer> {

  List<CaseTransfer> findByCaseIdOrderByProposedAtAscIdAsc(Long caseId);

  Optional<CaseTransfer> findByPendingCaseId(Long caseId);
}
