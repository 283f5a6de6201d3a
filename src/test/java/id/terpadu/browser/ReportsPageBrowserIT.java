package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The supervisor opens the reports page /laporan: the charts are drawn (SVG with bars and lines), the tables
 * show this year's cases, and the CSV export downloads; a caseworker is refused the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ReportsPageBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aSupervisorSeesTheChartsAndDownloadsTheCsv() throws IOException {
    // The demo profile registers six complaints in Tulungagung this year.
    new CaseFixtures(port).register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    Page page = loggedIn("pengawas");

    page.navigate(base() + "/laporan");

    assertThat(page.locator("h1")).hasText("Laporan Unit");
    assertThat(page.locator("body")).hasAttribute("data-dimuat", "ya");
    assertThat(page.locator("#grafik-kasus svg rect.bar").first()).isVisible();
    assertThat(page.locator("#grafik-penjangkauan svg path.line")).hasCount(3);
    assertThat(page.locator("#grafik-ketepatan svg")).isVisible();
    assertThat(page.locator("#grafik-pencegahan svg")).isVisible();
    assertThat(page.locator("#tabel-pencegahan th").first()).hasText("Tahun");
    assertThat(page.locator("#tabel-kasus tr.jumlah")).containsText("Jumlah");
    assertThat(page.locator("#tabel-kasus")).containsText("Anak Berhadapan dengan Hukum");
    assertThat(page.locator("#pilih-kabupaten")).isHidden();
    assertThat(page.locator("#kecamatan option")).not().hasCount(1);
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(Path.of("target/screenshots/laporan.png")));

    Download download = page.waitForDownload(() ->
        page.locator("#kasus a[data-format=csv]").click());
    int year = Year.now(ZoneId.of("Asia/Jakarta")).getValue();
    assertThat(download.suggestedFilename()).isEqualTo("laporan-kasus-" + (year - 4) + "-" + year + ".csv");
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFKode kategori,Kategori," + (year - 4));
    assertThat(csv).contains("ABH,Anak Berhadapan dengan Hukum,").doesNotContain(CaseFixtures.CHILD_NAME);

    // Filtering to one district narrows the numbers; the export links follow the filter.
    page.locator("#kecamatan").selectOption("350401");
    page.locator("#saring button[type=submit]").click();
    assertThat(page.locator("#kasus a[data-format=xlsx]"))
        .hasAttribute("href", java.util.regex.Pattern.compile(".*districtCode=350401.*format=xlsx"));
  }

  @Test
  void aCaseworkerIsRefusedThePage() {
    Page page = loggedIn("peksos1");

    page.navigate(base() + "/laporan");

    assertThat(page.locator("#pesan")).containsText("Halaman laporan hanya untuk supervisor");
    assertThat(page.locator("svg")).hasCount(0);
  }

  private Page loggedIn(String user) {
    Page page = browser.newPage();
    Browser.login(page, base(), "welcome", user, "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();
    return page;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
