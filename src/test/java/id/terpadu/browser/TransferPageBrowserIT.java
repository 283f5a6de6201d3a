package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The family moves from Tulungagung to Trenggalek: Tulungagung's supervisor proposes the transfer on /pindah (after
 * being told what is missing), Trenggalek's supervisor declines it there with a reason, and a second proposal is
 * withdrawn by the sending unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TransferPageBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void theSendingUnitProposesAndWithdrawsAndTheReceivingUnitDeclines() {
    Registered registered = new CaseFixtures(port).register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    Page sending = loggedIn("pengawas");
    sending.navigate(base() + "/pindah");
    assertThat(sending.locator("h1")).hasText("Pemindahan Kasus");

    // Nothing chosen: the page says what is missing, and nothing is proposed.
    sending.locator("#nomor").fill(registered.caseNumber());
    sending.locator("#kirim").click();
    assertThat(sending.locator("#galat")).containsText("Pilih kabupaten/kota tujuan.");
    assertThat(row(sending, registered)).hasCount(0);

    propose(sending, registered, "Keluarga pindah ke rumah nenek di Trenggalek.");
    assertThat(sending.locator("#pesan")).containsText("Usulan pemindahan kasus " + registered.caseNumber() + " terkirim");
    assertThat(row(sending, registered)).containsText("Menunggu keputusan");
    assertThat(row(sending, registered).locator("button")).hasText(new String[] {"Tarik usulan"});

    // The receiving unit sees it with its decision buttons; declining needs a reason.
    Page receiving = loggedIn("pengawas2");
    receiving.navigate(base() + "/pindah");
    Locator incoming = row(receiving, registered);
    assertThat(incoming).containsText("Tulungagung");
    assertThat(incoming).containsText("Trenggalek");
    assertThat(incoming.locator("button")).hasText(new String[] {"Terima", "Tolak"});
    incoming.locator("button", new Locator.LocatorOptions().setHasText("Tolak")).click();
    receiving.locator("#catatan").fill("Alamat keluarga belum dapat dipastikan.");
    receiving.locator("#setuju-catatan").click();
    assertThat(receiving.locator("#pesan")).containsText("ditolak");
    assertThat(row(receiving, registered)).containsText("Ditolak");

    // A second proposal, withdrawn by the sending unit.
    sending.reload();
    propose(sending, registered, "Keluarga jadi pindah bulan depan.");
    assertThat(row(sending, registered).first()).containsText("Menunggu keputusan");
    row(sending, registered).first().locator("button", new Locator.LocatorOptions().setHasText("Tarik usulan"))
        .click();
    sending.locator("#setuju-catatan").click();
    assertThat(sending.locator("#pesan")).containsText("ditarik");
    assertThat(row(sending, registered).first()).containsText("Ditarik");
    sending.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/pindah.png")));
  }

  @Test
  void aCaseworkerSeesNoProposalForm() {
    Page page = loggedIn("peksos1");
    page.navigate(base() + "/pindah");
    assertThat(page.locator("#pesan")).hasText("Pemindahan kasus diusulkan dan diputuskan oleh supervisor atau kepala unit.");
    assertThat(page.locator("#usul")).isHidden();
  }

  private void propose(Page page, Registered registered, String reason) {
    page.locator("#nomor").fill(registered.caseNumber());
    page.locator("#provinsi").selectOption("35");
    page.locator("#kabupaten").selectOption("3503");
    page.locator("#alasan").fill(reason);
    page.locator("#kirim").click();
  }

  private static Locator row(Page page, Registered registered) {
    return page.locator("#baris-pemindahan tr", new Page.LocatorOptions().setHasText(registered.caseNumber()));
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
