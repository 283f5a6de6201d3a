package id.terpadu.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Read-only access to the region table; other features use {@link RegionDirectory}. */
interface RegionRepository extends Repository<Region, String> {

  Optional<Region> findById(String code);

  boolean existsById(String code);

  List<Region> findByParentCodeOrderByCode(String parentCode);

  List<Region> findByLevelOrderByCode(RegionLevel level);

  long countByLevel(RegionLevel level);
}
