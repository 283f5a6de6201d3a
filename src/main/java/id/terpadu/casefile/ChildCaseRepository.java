package id.terpadu.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ChildCaseRepository extends JpaRepository<ChildCase, Long>,
    JpaSpecificationExecutor<ChildCase> {

  Optional<ChildCase> findByCaseNumber(String caseNumber);

  /** Rows of {caseworkerId, open case count} for one unit. */
  @Query("select c.caseworkerId, count(c) from ChildCase c where c.regencyCode = :regency"
      + " and c.status = id.terpadu.casefile.CaseStatus.OPEN and c.caseworkerId is not null"
      + " group by c.caseworkerId")
  List<Object[]> countOpenCasesPerCaseworker(String regency);
}
