package id.terpadu.lksa;

import id.terpadu.person.PersonMergeParticipant;
import id.terpadu.web.ApiException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Moves a child's institution stays when two person records of that child are merged, and back when the merge is
 * undone ({@code lksa_residence.person_id}, and {@code open_person_id} of an open stay). Two open stays cannot
 * become one person's: the merge is refused (409) until one of them is discharged. Ids only, as
 * {@code casefile.CaseChildMerge} does, so no loaded entity is left stale by the bulk update.
 */
@Component
class ResidenceMerge implements PersonMergeParticipant {

  static final String KIND = "LKSA_RESIDENCE";

  @PersistenceContext
  private EntityManager em;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Long> moveAll(long fromPersonId, long toPersonId) {
    List<Long> ids = em.createQuery("select r.id from Residence r where r.personId = :from order by r.id", Long.class)
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
    long openMoving = em.createQuery("select count(r) from Residence r where r.personId = :from and r.id in :ids"
        + " and r.dischargedOn is null", Long.class).setParameter("from", from).setParameter("ids", ids)
        .getSingleResult();
    long openThere = em.createQuery("select count(r) from Residence r where r.personId = :to"
        + " and r.dischargedOn is null", Long.class).setParameter("to", to).getSingleResult();
    if (openMoving > 0 && openThere > 0) {
      throw ApiException.conflict(LksaProblems.OPEN_STAY_EXISTS,
          "Both person records have an open stay in an institution; discharge one of them first.");
    }
    em.createNativeQuery("UPDATE lksa_residence SET person_id = :to,"
            + " open_person_id = CASE WHEN discharged_on IS NULL THEN :to ELSE NULL END, version = version + 1"
            + " WHERE person_id = :from AND id IN (:ids)")
        .setParameter("to", to).setParameter("from", from).setParameter("ids", ids).executeUpdate();
  }
}
