package id.terpadu.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringContactRepository extends JpaRepository<MonitoringContact, Long> {

  List<MonitoringContact> findByCaseIdOrderByRecordedAt(Long caseId);

  long countByCaseId(Long caseId);
}
