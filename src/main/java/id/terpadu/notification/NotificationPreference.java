package id.terpadu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff member's choice about notification e-mails; without a row, e-mail is on. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id
  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "email_enabled", nullable = false)
  private boolean emailEnabled;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NotificationPreference() {}

  NotificationPreference(String userId, boolean emailEnabled, Instant at) {
    this.userId = userId;
    change(emailEnabled, at);
  }

  void change(boolean emailEnabled, Instant at) {
    this.emailEnabled = emailEnabled;
    this.updatedAt = at;
  }

  public String getUserId() {
    return userId;
  }

  public boolean isEmailEnabled() {
    return emailEnabled;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
