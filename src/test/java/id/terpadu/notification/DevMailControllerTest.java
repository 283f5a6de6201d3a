package id.terpadu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.notification.DevMailController.ReceivedMail;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevMailControllerTest {

  @Test
  void listsMailsInIndonesianWithEverythingEscapedAndLinksClickable() {
    String html = DevMailController.render(List.of(new ReceivedMail(Date.from(Instant.parse("2026-08-17T07:30:00Z")),
        "Terpadu <no-reply@terpadu.invalid>", "pengawas@demo.terpadu.invalid", "<script>alert(1)</script>",
        "<outbox-1@terpadu>", "Buka tugas:\nhttp://localhost:8080/camunda/app/tasklist/default/#/?task=abc\n")));
    assertThat(html).contains("<html lang=\"id\">", "Kotak surat demo", "<th>Dari</th>", "<th>Kepada</th>",
        "<th>Subjek</th>", "<th>Tanggal</th>", "<th>Isi</th>", "Jumlah e-mail: 1", "17 Agustus 2026 14.30.00 WIB",
        "&lt;script&gt;alert(1)&lt;/script&gt;", "Terpadu &lt;no-reply@terpadu.invalid&gt;",
        "<a href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=abc\">")
        .doesNotContain("<script>");
  }

  @Test
  void saysSoWhenNothingArrivedYet() {
    assertThat(DevMailController.render(List.of())).contains("Belum ada e-mail.", "Jumlah e-mail: 0")
        .doesNotContain("<table>");
  }
}
