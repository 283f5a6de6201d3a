package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.StaffAccount;
import id.terpadu.support.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The administrator changes a staff member's region scope on the page /admin/cakupan, in Bahasa Indonesia. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ScopeAdminPageBrowserIT {

  static final String USER = "uji-halaman";
  static Browser browser;
  @LocalServerPort int port;
  @Autowired OrganisationService organisation;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void anAdministratorMovesAStaffMemberToAnotherRegency() {
    organisation.ensureStaff(new StaffAccount(USER, "Uji", "Halaman", null, List.of("caseworker", "caseworker-3504"),
        List.of("3504")), "Rahasia-Halaman-2026!");
    Page page = loggedIn("admin");

    page.navigate(base() + "/admin/cakupan");
    assertThat(page.locator("h1")).hasText("Cakupan Wilayah Petugas");
    page.locator("#cari").fill("halaman");
    page.locator("button[data-user=" + USER + "]").click();
    assertThat(page.locator("#wilayah")).containsText("3504 — Kabupaten Tulungagung (kabupaten/kota)");

    page.locator("#kode").fill("99");
    page.locator("#tambah").click();
    assertThat(page.locator("#galat")).containsText("Kode wilayah 99 tidak ada dalam daftar wilayah.");
    page.locator("#kode").fill("3503");
    page.locator("#tambah").click();
    assertThat(page.locator("#wilayah")).containsText("3503 — Kabupaten Trenggalek (kabupaten/kota)");
    page.locator("#wilayah li", new Page.LocatorOptions().setHasText("3504")).locator("button").click();
    page.locator("#simpan").click();

    assertThat(page.locator("#pesan")).hasText("Cakupan wilayah " + USER + " disimpan.");
    assertThat(page.locator("#wilayah li")).hasCount(1);
    assertThat(organisation.scopeOf(USER)).containsExactly("3503");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/admin-cakupan.png")));
  }

  @Test
  void otherStaffAreToldThePageIsForAdministrators() {
    Page page = loggedIn("pengawas");

    page.navigate(base() + "/admin/cakupan");

    assertThat(page.locator("#pesan")).hasText("Halaman ini hanya untuk administrator.");
    assertThat(page.locator("#daftar")).isHidden();
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
