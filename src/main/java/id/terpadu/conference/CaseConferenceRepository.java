package id.terpadu.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseConferenceRepository extends JpaRepository<CaseConference, Long> {

  List<CaseConference> findByCaseIdOrderById(Long caseId);
}
