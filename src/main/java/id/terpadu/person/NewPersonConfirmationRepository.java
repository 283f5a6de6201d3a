package id.terpadu.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewPersonConfirmationRepository extends JpaRepository<NewPersonConfirmation, Long> {

  List<NewPersonConfirmation> findByPersonId(Long personId);
}
