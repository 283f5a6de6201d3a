package id.terpadu.safety;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SafetyResponseRepository extends JpaRepository<SafetyResponse, Long> {

  List<SafetyResponse> findByCaseIdOrderByRespondedAt(Long caseId);
}
