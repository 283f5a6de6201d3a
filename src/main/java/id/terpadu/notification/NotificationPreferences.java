package id.terpadu.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who wants notification e-mails: everyone, unless they switched it off. */
@Service
public class NotificationPreferences {

  private final NotificationPreferenceRepository preferences;
  private final Clock clock;

  public NotificationPreferences(NotificationPreferenceRepository preferences, Clock clock) {
    this.preferences = preferences;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean emailEnabled(String userId) {
    return preferences.findById(userId).map(NotificationPreference::isEmailEnabled).orElse(true);
  }

  /** The users among those given who switched e-mail off. */
  @Transactional(readOnly = true)
  public Set<String> emailDisabledAmong(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    return preferences.findByUserIdInAndEmailEnabledFalse(userIds).stream()
        .map(NotificationPreference::getUserId).collect(Collectors.toSet());
  }

  @Transactional
  public void setEmailEnabled(String userId, boolean enabled) {
    preferences.findById(userId).ifPresentOrElse(p -> p.change(enabled, clock.instant()),
        () -> preferences.save(new NotificationPreference(userId, enabled, clock.instant())));
  }
}
