package id.terpadu.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffScopeRepository extends JpaRepository<StaffScopeEntry, StaffScopeEntry.Key> {

  List<StaffScopeEntry> findByUserIdOrderByRegionCode(String userId);

  /** The region codes alone (read on every request: no entities to build and track). */
  @Query("select e.regionCode from StaffScopeEntry e where e.userId = ?1 order by e.regionCode")
  List<String> regionCodesOf(String userId);

  List<StaffScopeEntry> findByUserIdInOrderByUserIdAscRegionCodeAsc(Collection<String> userIds);
}
