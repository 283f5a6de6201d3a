package id.terpadu.casenote;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

  List<CaseNote> findByCaseIdOrderByCreatedAt(Long caseId);
}
