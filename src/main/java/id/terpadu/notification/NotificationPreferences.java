package id.terpadu.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who wants notification e-mails: everyone, unless they switched it off. */
@Service
public class NotificationPreferences {

  private final NotificationPreferenceRepository preferences;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public NotificationPreferences(NotificationPreferenceRepository preferences, NamedParameterJdbcTemplate jdbc,
      Clock clock) {
    this.preferences = preferences;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean emailEnabled(String userId) {
    return preferences.findById(userId).map(NotificationPreference::isEmailEnabled).orElse(true);
  }

  /**
   * The users among those given who switched e-mail off. Asked for every notification (each escalation of an SLA
   * storm): one plain statement, since Hibernate translates a query with a list parameter again on every call.
   * Preferences change only in {@link #setEmailEnabled}'s own transaction, so there is nothing unflushed to see.
   */
  @Transactional(readOnly = true)
  public Set<String> emailDisabledAmong(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.queryForList("SELECT user_id FROM notification_preference"
        + " WHERE email_enabled = FALSE AND user_id IN (:userIds)", Map.of("userIds", userIds), String.class));
  }

  @Transactional
  public void setEmailEnabled(String userId, boolean enabled) {
    preferences.findById(userId).ifPresentOrElse(p -> p.change(enabled, clock.instant()),
        () -> preferences.save(new NotificationPreference(userId, enabled, clock.instant())));
  }
}
