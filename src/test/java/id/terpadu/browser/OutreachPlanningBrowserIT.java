package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The supervisor plans an outreach round on the page {@code /penjangkauan/rencana}: an empty plan shows the API's
 * messages next to the fields; villages are picked per district, the team from the unit's staff, then the round is
 * listed and its team member reads it. A caseworker sees the list but not the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class OutreachPlanningBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aSupervisorPlansARoundWithVillagesTeamAndFocus() {
    String title = "Putaran uji rencana " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    Page page = loggedIn("pengawas");
    page.navigate(base() + "/penjangkauan/rencana");
    assertThat(page.locator("h1")).hasText("Rencana Penjangkauan");
    assertThat(page.locator("#rencana")).isVisible();
    page.waitForLoadState(LoadState.NETWORKIDLE);

    page.locator("#simpan").click();
    assertThat(page.locator("[data-galat=title]")).hasText("Nama putaran penjangkauan wajib diisi.");
    assertThat(page.locator("[data-galat=villageCodes]")).hasText("Pilih sedikitnya satu desa/kelurahan sasaran.");
    assertThat(page.locator("[data-galat=members]")).hasText("Pilih sedikitnya satu anggota tim.");

    page.locator("#title").fill(title);
    page.locator("#periodStart").fill(today.toString());
    page.locator("#periodEnd").fill(today.plusDays(14).toString());
    page.locator("#kecamatan").selectOption("350401");
    Locator village = page.locator("#pilihan-desa input[value='3504011001']");
    village.check();
    assertThat(page.locator("#desa-terpilih")).not().hasText("belum ada");
    assertThat(page.locator("#pilihan-tim label", new Page.LocatorOptions().setHasText("(Pekerja sosial)")).first())
        .isVisible();
    page.locator("#pilihan-tim input[value=peksos1]").check();
    page.locator("input[name=focus][value=OUT_OF_SCHOOL]").check();
    page.locator("#simpan").click();

    assertThat(page.locator("#pesan")).hasText("Putaran \"" + title
        + "\" direncanakan; tim dapat mencatat kunjungan di halaman Penjangkauan.");
    Locator row = page.locator("#daftar-putaran tr", new Page.LocatorOptions().setHasText(title));
    assertThat(row).hasCount(1);
    assertThat(row).containsText("peksos1");
    assertThat(row).containsText("Anak tidak sekolah");
    assertThat(row).containsText("Berjalan");
    assertThat(new CaseFixtures(port).as("peksos1").get("/api/outreach/rounds").body()).contains(title);

    // A caseworker reads their rounds but plans none.
    Page peksos = loggedIn("peksos1");
    peksos.navigate(base() + "/penjangkauan/rencana");
    assertThat(peksos.locator("#daftar-putaran tr", new Page.LocatorOptions().setHasText(title))).hasCount(1);
    assertThat(peksos.locator("#rencana")).isHidden();
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
