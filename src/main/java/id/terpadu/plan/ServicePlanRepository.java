package id.terpadu.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServicePlanRepository extends JpaRepository<ServicePlan, Long> {

  List<ServicePlan> findByCaseIdOrderByDraftedAt(Long caseId);

  Optional<ServicePlan> findFirstByCaseIdOrderByDraftedAtDesc(Long caseId);
}
