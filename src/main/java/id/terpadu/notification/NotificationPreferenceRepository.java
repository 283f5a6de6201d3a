package id.terpadu.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, String> {

  /**
   * Read for every mail written (an SLA storm writes thousands): a JPQL query, whose translation Hibernate caches,
   * instead of a derived one, which Hibernate translates again on every call.
   */
  @Query("select p from NotificationPreference p where p.userId in :userIds and p.emailEnabled = false")
  List<NotificationPreference> findByUserIdInAndEmailEnabledFalse(@Param("userIds") Collection<String> userIds);
}
