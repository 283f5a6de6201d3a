package id.terpadu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Script, markup and header tricks in the free text that e-mails carry (institution, agency and place names typed
 * by staff) stay text (docs/reliability.md, "Hostile input"): mails are text/plain, so markup is never rendered, and
 * a line break in a subject cannot add a header.
 */
class MailHostileTextTest {

  static final String HOSTILE = "LKSA <script>alert(1)</script>\r\nBcc: semua@x.invalid\r\n\r\n<b>isi palsu</b>";

  @Test
  void mailsArePlainTextAndASubjectCannotAddHeaders() throws Exception {
    MailTemplates.Mail mail = new MailTemplates("http://terpadu.invalid").attendanceMissing(HOSTILE,
        LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), ZoneId.of("Asia/Jakarta"));
    MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()));
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
    helper.setFrom("no-reply@terpadu.invalid");
    helper.setTo("lksa@terpadu.invalid");
    helper.setSubject(OutboxDelivery.subjectLine(mail.subject()));
    helper.setText(mail.body(), false);
    mime.saveChanges();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mime.writeTo(out);
    String raw = out.toString(StandardCharsets.UTF_8);

    MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
        new java.io.ByteArrayInputStream(out.toByteArray()));
    assertThat(parsed.getHeader("Bcc")).isNull();
    assertThat(parsed.getContentType()).startsWith("text/plain");
    assertThat(parsed.getSubject()).contains("<script>alert(1)</script>", "Bcc: semua@x.invalid")
        .doesNotContain("\r", "\n");
    assertThat(raw).doesNotContain("text/html");
  }
}
