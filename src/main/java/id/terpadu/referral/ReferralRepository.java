package id.terpadu.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

  List<Referral> findByCaseIdOrderById(Long caseId);
}
