package id.terpadu.notification;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own choice about notification e-mails. */
@RestController
@RequestMapping("/api/me/notifications")
public class NotificationPreferenceController {

  private final NotificationPreferences preferences;
  private final Recipients recipients;

  public NotificationPreferenceController(NotificationPreferences preferences, Recipients recipients) {
    this.preferences = preferences;
    this.recipients = recipients;
  }

  /** The caller's setting, and the address mails go to (from their account; null when it has none). */
  public record Settings(boolean emailEnabled, String email) {}

  /** The new setting. */
  public record SettingsInput(Boolean emailEnabled) {}

  @Operation(summary = "Whether the caller receives notification e-mails, and at which address")
  @GetMapping
  public Settings get(@AuthenticationPrincipal String userId) {
    return new Settings(preferences.emailEnabled(userId), recipients.emailOf(userId));
  }

  @Operation(summary = "Switch the caller's notification e-mails on or off")
  @PutMapping
  public Settings put(@AuthenticationPrincipal String userId, @RequestBody SettingsInput input) {
    if (input == null || input.emailEnabled() == null) {
      throw ApiException.validation(List.of(new FieldProblem("emailEnabled", "REQUIRED",
          "Pilih apakah Anda ingin menerima e-mail notifikasi (true atau false).")));
    }
    preferences.setEmailEnabled(userId, input.emailEnabled());
    return get(userId);
  }
}
