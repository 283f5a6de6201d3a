package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import id.terpadu.support.BrowserExtension;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public report page on a phone, without logging in: a neighbour picks the village, describes what happened,
 * sends, receives a tracking code and checks its status.
 */
// Needs its own form fill time: runs in a JVM of its own (docs/adr/0024-integration-test-forks.md).
@Tag("isolated")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "terpadu.community.form.min-fill-seconds=1")
@ActiveProfiles({"test", "demo"})
class PublicReportPageBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aNeighbourReportsFromAPhoneAndChecksTheStatusWithTheTrackingCode() {
    Page page = browser.newPage();
    page.setViewportSize(390, 844);
    page.navigate("http://localhost:" + port + "/lapor");
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(page.locator("h1")).hasText("Laporkan anak yang membutuhkan perlindungan");
    assertThat(page.locator("#website")).not().isInViewport();

    page.getByLabel("Apa yang terjadi?").fill("Anak di rumah sebelah ditinggal sendirian berhari-hari tanpa makan.");
    page.getByLabel("Masalah yang paling sesuai").selectOption("PENELANTARAN");
    page.getByLabel("Provinsi").selectOption("35");
    page.getByLabel("Kabupaten/kota").selectOption("3504");
    page.getByLabel("Kecamatan").selectOption("350401");
    page.getByLabel("Desa/kelurahan").selectOption("3504011001");
    page.waitForTimeout(1200);
    page.locator("#kirim").click();

    assertThat(page.locator("#terkirim")).isVisible();
    String code = page.locator("#kode-baru").textContent();
    assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    Integer width = (Integer) page.evaluate("document.documentElement.scrollWidth");
    assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/lapor-terkirim.png")));

    page.getByLabel("Kode pelacakan").fill(code.toLowerCase());
    page.locator("#form-status button").click();
    assertThat(page.locator("#status")).hasText("Status: Diterima, menunggu ditelaah petugas");
    page.getByLabel("Kode pelacakan").fill("ABCD-EFGH-JKMN");
    page.locator("#form-status button").click();
    assertThat(page.locator("#status")).hasText(Pattern.compile("Kode tidak ditemukan.*"));
  }
}
