package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.terpadu.support.ApiClient;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The outreach page {@code /penjangkauan} on a phone-sized screen: peksos1, in the team of a round the supervisor
 * planned, loses the connection in the village, records a visit with one child (queued as "menunggu dikirim" in the
 * browser), and when the connection returns the page sends it by itself; the server has exactly one visit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class OutreachVisitBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aVisitRecordedOfflineIsSentOnceWhenTheConnectionReturns() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    String title = "Pekerja anak " + ThreadLocalRandom.current().nextInt(100000, 999999);
    HttpResponse<String> planned = ApiClient.basic(port, "pengawas", "demo").postJson("/api/outreach/rounds", """
        {"title":"%s","villageCodes":["3504011001"],"periodStart":"%s","periodEnd":"%s",
         "members":["peksos1"],"focus":["CHILD_LABOUR"]}""".formatted(title, today.minusDays(1), today.plusDays(6)));
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
    long round = json(planned).path("id").asLong();

    Page page = browser.newPage();
    page.setViewportSize(390, 844);
    Browser.login(page, base(), "welcome", "peksos1", "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();
    page.navigate(base() + "/penjangkauan");
    assertThat(page.locator("h1")).hasText("Penjangkauan");
    page.locator("#putaran").selectOption(String.valueOf(round));
    assertThat(page.locator("#info-putaran")).containsText("Fokus: Pekerja anak");
    assertThat(page.locator("#kunjungan-kosong")).isVisible();

    page.context().setOffline(true);
    assertThat(page.locator("#koneksi")).containsText("Tidak ada sambungan");
    page.locator("#catatan").fill("Kunjungan ke bengkel las di RT 03.");
    page.locator("#tambah-anak").click();
    Locator child = page.locator("fieldset.anak").first();
    child.locator("[data-f=name]").fill("Agus Bengkel");
    child.locator("[data-f=age]").fill("14");
    child.locator("[data-f=sex]").selectOption("L");
    child.locator("[data-f=findings]").fill("Bekerja di bengkel las setiap hari, tidak sekolah.");
    child.locator("[data-f=actionNeeded]").check();
    page.locator("#simpan").click();

    Locator queued = page.locator("#antrean li");
    assertThat(queued).hasCount(1);
    assertThat(queued).containsText("menunggu dikirim");
    assertThat(queued).containsText("1 anak");
    assertThat(page.locator("#pesan")).containsText("menunggu dikirim");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/penjangkauan-antrean.png")));
    assertThat(visitsOf(round)).isEmpty();

    page.context().setOffline(false);
    assertThat(page.locator("#antrean li")).hasCount(0);
    assertThat(page.locator("#antrean-kosong")).isVisible();
    assertThat(page.locator("#pesan")).containsText("1 kunjungan terkirim");
    assertThat(page.locator("#kunjungan li")).containsText("Agus Bengkel, 14 th, Laki-laki");
    assertThat(page.locator("#kunjungan li button", new Page.LocatorOptions().setHasText("Jadikan pengaduan")))
        .isVisible();

    // Sending again (the button, a second "online") records nothing more.
    page.locator("#kirim").evaluate("b => b.click()");
    JsonNode visits = visitsOf(round);
    assertThat(visits).hasSize(1);
    assertThat(visits.get(0).path("children").get(0).path("name").asText()).isEqualTo("Agus Bengkel");
    assertThat(visits.get(0).path("createdBy").asText()).isEqualTo("peksos1");
    assertThat((Object) page.evaluate("() => localStorage.getItem('terpadu.penjangkauan.antrean.v1')"))
        .isEqualTo("[]");
  }

  private JsonNode visitsOf(long round) {
    HttpResponse<String> detail = ApiClient.basic(port, "pengawas", "demo").get("/api/outreach/rounds/" + round);
    assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
    return json(detail).path("visits");
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
