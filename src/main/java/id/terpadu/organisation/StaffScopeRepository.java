package id.terpadu.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffScopeRepository extends JpaRepository<StaffScopeEntry, StaffScopeEntry.Key> {

  List<StaffScopeEntry> findByUserIdOrderByRegionCode(String userId);

  List<StaffScopeEntry> findByUserIdInOrderByUserIdAscRegionCodeAsc(Collection<String> userIds);
}
