package id.terpadu.notification;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff member's own page to switch notification e-mails on or off ({@code /profil/notifikasi}), for
 * anyone logged in to the Camunda webapps (others are sent to the login page). A plain form with Spring
 * Security's CSRF token; the same setting as {@code /api/me/notifications}.
 */
@Controller
public class NotificationPreferencePage {

  static final String PATH = "/profil/notifikasi";

  private final NotificationPreferences preferences;
  private final Recipients recipients;

  public NotificationPreferencePage(NotificationPreferences preferences, Recipients recipients) {
    this.preferences = preferences;
    this.recipients = recipients;
  }

  @GetMapping(PATH)
  public ResponseEntity<String> page(Principal user, CsrfToken csrf,
      @RequestParam(name = "disimpan", required = false) String saved) {
    String userId = user.getName();
    boolean enabled = preferences.emailEnabled(userId);
    String email = recipients.emailOf(userId);
    String html = """
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><title>Notifikasi e-mail — Terpadu</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/profil/notifikasi.css"></head><body>
        <h1>Notifikasi e-mail</h1>
        %s
        <p>Pengguna: <strong>%s</strong><br>Alamat e-mail: <strong>%s</strong></p>
        %s
        <p>E-mail notifikasi memberi tahu tugas baru untuk tim Anda, tugas yang ditugaskan kepada Anda, rujukan,
        pengingat tenggat dan eskalasi. E-mail hanya berisi nomor kasus, nama tugas, tenggat dan tautan —
        tidak pernah identitas anak.</p>
        <form method="post" action="%s">
          <input type="hidden" name="%s" value="%s">
          <label><input type="checkbox" name="emailEnabled" value="true"%s> Kirimi saya e-mail notifikasi</label>
          <br><button type="submit">Simpan</button>
        </form>
        <p><a href="/camunda/app/tasklist/default/">Kembali ke Tasklist</a></p>
        </body></html>
        """.formatted(saved == null ? "" : "<p class=\"saved\" role=\"status\">Pengaturan disimpan.</p>",
        HtmlUtils.htmlEscape(userId), email == null ? "(belum ada)" : HtmlUtils.htmlEscape(email),
        email == null ? "<p class=\"warn\">Akun Anda belum punya alamat e-mail; minta administrator "
            + "mengisinya di Admin agar e-mail dapat dikirim.</p>" : "",
        PATH, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
        enabled ? " checked" : "");
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
  }

  @PostMapping(PATH)
  public ResponseEntity<Void> save(Principal user,
      @RequestParam(name = "emailEnabled", required = false) String emailEnabled) {
    preferences.setEmailEnabled(user.getName(), "true".equals(emailEnabled));
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PATH + "?disimpan=1").build();
  }
}
