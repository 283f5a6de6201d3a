package id.terpadu.vulnerable;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BasicNeedsAssessmentRepository extends JpaRepository<BasicNeedsAssessment, Long> {

  List<BasicNeedsAssessment> findByEntryIdOrderByRecordedAtAscIdAsc(Long entryId);

  Optional<BasicNeedsAssessment> findFirstByProcessInstanceIdAndStatusOrderByIdDesc(String processInstanceId,
      BasicNeedsAssessment.Status status);
}
