package id.terpadu.notification;

import com.icegreen.greenmail.util.GreenMail;
import id.terpadu.region.UnitTimeZones;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * Demo profile only: {@code /dev/mail} lists the e-mails the embedded SMTP sink received, newest first, for
 * any logged-in staff member (demo data only; without the demo profile the page does not exist).
 */
@Controller
@Profile("demo")
public class DevMailController {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm.ss", Locale.forLanguageTag("id"));

  private final ObjectProvider<GreenMail> sink;

  public DevMailController(ObjectProvider<GreenMail> sink) {
    this.sink = sink;
  }

  /** One received e-mail. */
  record ReceivedMail(Date date, String from, String to, String subject, String messageId, String body) {}

  @GetMapping("/dev/mail")
  public ResponseEntity<String> page() {
    GreenMail server = sink.getIfAvailable();
    if (server == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(render(received(server)));
  }

  static List<ReceivedMail> received(GreenMail server) {
    List<ReceivedMail> mails = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      mails.add(read(message));
    }
    Collections.reverse(mails);
    return mails;
  }

  private static ReceivedMail read(MimeMessage message) {
    try {
      Object content = message.getContent();
      return new ReceivedMail(message.getSentDate(), addresses(message.getFrom()),
          addresses(message.getAllRecipients()), message.getSubject(), message.getMessageID(),
          content instanceof String text ? text : "(bukan teks biasa)");
    } catch (MessagingException | IOException e) {
      return new ReceivedMail(null, "", "", "(tidak dapat dibaca)", null, e.getClass().getSimpleName());
    }
  }

  private static String addresses(Address[] list) {
    return list == null ? "" : Arrays.stream(list).map(Address::toString).collect(Collectors.joining(", "));
  }

  static String render(List<ReceivedMail> mails) {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><title>Kotak surat demo - Terpadu</title>
        <link rel="stylesheet" href="/dev/surat.css"></head><body>
        <h1>Kotak surat demo</h1>
        <p>Profil demo tidak mengirim e-mail ke luar: semua e-mail notifikasi diterima server SMTP tiruan di
        dalam aplikasi dan ditampilkan di sini, yang terbaru di atas. Daftar ini kosong lagi setelah aplikasi
        dimulai ulang. E-mail dikirim dari kotak keluar beberapa detik setelah kejadiannya.</p>
        """);
    html.append("<p>Jumlah e-mail: ").append(mails.size()).append("</p>\n");
    if (mails.isEmpty()) {
      html.append("<p>Belum ada e-mail.</p>\n");
    } else {
      html.append("<table><thead><tr><th>Tanggal</th><th>Dari</th><th>Kepada</th><th>Subjek</th><th>Isi</th>"
          + "</tr></thead><tbody>\n");
      for (ReceivedMail mail : mails) {
        html.append("<tr><td>").append(mail.date() == null ? "" : esc(WHEN.format(
                mail.date().toInstant().atZone(UnitTimeZones.WIB)) + " WIB"))
            .append("</td><td>").append(esc(mail.from()))
            .append("</td><td>").append(esc(mail.to()))
            .append("</td><td>").append(esc(mail.subject()))
            .append("</td><td><pre>").append(linked(esc(mail.body()))).append("</pre></td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** Links in an already escaped text become clickable. */
  private static String linked(String escaped) {
    return escaped.replaceAll("(https?://[^\\s<\"']+)", "<a href=\"$1\">$1</a>");
  }
}
