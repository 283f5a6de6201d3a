package id.terpadu.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDecisionRepository extends JpaRepository<CaseDecision, Long> {

  List<CaseDecision> findByCaseIdOrderById(Long caseId);

  List<CaseDecision> findByConferenceIdOrderById(Long conferenceId);

  List<CaseDecision> findByCaseIdAndStatus(Long caseId, CaseDecision.Status status);
}
