package id.terpadu.casefile;

import id.terpadu.person.PersonMergeParticipant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Moves the cases of a child when two person records of that child are merged ({@code child_case.child_id}), and
 * back when the merge is undone. Each moved case's version is raised, so an edit based on the old state fails. The
 * merge's transaction loads no case entity (ids only), so none is left stale by the bulk update.
 */
@Component
class CaseChildMerge implements PersonMergeParticipant {

  static final String KIND = "CASE";

  @PersistenceContext
  private EntityManager em;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Long> moveAll(long fromPersonId, long toPersonId) {
    List<Long> ids = em.createQuery("select c.id from ChildCase c where c.child.id = :from order by c.id", Long.class)
        .setParameter("from", fromPersonId).getResultList();
    if (!ids.isEmpty()) {
      move(ids, fromPersonId, toPersonId);
    }
    return ids;
  }

  @Override
  public void moveBack(Collection<Long> recordIds, long fromPersonId, long toPersonId) {
    if (!recordIds.isEmpty()) {
      move(recordIds, fromPersonId, toPersonId);
    }
  }

  private void move(Collection<Long> ids, long from, long to) {
    em.flush();
    em.createNativeQuery("UPDATE child_case SET child_id = :to, version = version + 1"
            + " WHERE child_id = :from AND id IN (:ids)")
        .setParameter("to", to).setParameter("from", from).setParameter("ids", ids).executeUpdate();
  }
}
