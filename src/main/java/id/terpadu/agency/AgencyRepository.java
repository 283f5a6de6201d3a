package id.terpadu.agency;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Storage of the agency directory; other features use {@link AgencyDirectory}. */
interface AgencyRepository extends JpaRepository<Agency, String>, JpaSpecificationExecutor<Agency> {}
