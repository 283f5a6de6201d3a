package id.terpadu.kla;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface KlaRoundRepository extends JpaRepository<KlaRound, Long>, JpaSpecificationExecutor<KlaRound> {

  Optional<KlaRound> findByRegencyCodeAndYear(String regencyCode, int year);

  boolean existsByRegencyCodeAndYear(String regencyCode, int year);
}
