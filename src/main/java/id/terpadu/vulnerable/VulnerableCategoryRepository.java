package id.terpadu.vulnerable;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VulnerableCategoryRepository extends JpaRepository<VulnerableCategory, String> {

  List<VulnerableCategory> findAllByOrderBySortOrderAscCodeAsc();
}
