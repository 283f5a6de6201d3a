package id.terpadu.person;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PersonRepository extends JpaRepository<Person, Long>,
    JpaSpecificationExecutor<Person> {

  Optional<Person> findByNik(String nik);

  Optional<Person> findBySourceId(String sourceId);
}
