package id.terpadu.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, String> {

  List<NotificationPreference> findByUserIdInAndEmailEnabledFalse(Collection<String> userIds);
}
