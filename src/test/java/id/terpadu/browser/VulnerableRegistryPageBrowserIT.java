package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import id.terpadu.support.ApiClient;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The page {@code /rentan} of the vulnerable women and children registry, as Tulungagung's supervisor uses it: a
 * person picked from the person registry and registered in a category, the summary per regency, the list filtered to one person's village and category, a DTKS matching file uploaded on the
 * page (the list follows), and a handover export that asks for its purpose first and then downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class VulnerableRegistryPageBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aSupervisorFiltersMatchesWithDtksAndExportsWithAPurpose() throws IOException {
    ApiClient pengawas = new CaseFixtures(port).as("pengawas");
    String name = "Sri Rentan " + letters();
    String nik = null;
    long personId = -1;
    for (int attempt = 0; attempt < 5 && personId < 0; attempt++) {
      nik = "350401" + "45" + "09" + "88" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10000));
      HttpResponse<String> person = pengawas.postJson("/api/persons", """
          {"nik":"%s","name":"%s","sex":"P","birthDate":"1988-09-05","villageCode":"3504011001","confirmNew":true}"""
          .formatted(nik, name));
      if (person.statusCode() == 201) {
        personId = json(person).path("person").path("id").asLong();
      }
    }
    assertThat(personId).isPositive();

    Page page = browser.newPage();
    Browser.login(page, base(), "welcome", "pengawas", "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();
    page.navigate(base() + "/rentan");
    assertThat(page.locator("#rekap")).isVisible();

    // Registering: the person is picked from the registry by name; without a category the API's message shows.
    page.waitForLoadState(LoadState.NETWORKIDLE);
    page.locator("#cari-orang").fill(name);
    page.locator("#form-cari-orang button[type=submit]").click();
    Locator found = page.locator("#hasil-cari-orang tr", new Page.LocatorOptions().setHasText(name));
    assertThat(found).hasCount(1);
    found.locator("button").click();
    assertThat(page.locator("#orang-dipilih")).containsText(name);
    page.locator("#simpan-daftar").click();
    assertThat(page.locator("#galat-daftar li")).not().hasCount(0);
    // An orphan asks which parent died; here the person is a female head of household.
    page.locator("#kat-ORPHAN").check();
    assertThat(page.locator("#yatim-ORPHAN")).isVisible();
    page.locator("#kat-ORPHAN").uncheck();
    page.locator("#kat-FEMALE_HEAD").check();
    page.locator("#simpan-daftar").click();
    assertThat(page.locator("#pesan")).hasText(name
        + " terdaftar di registri; asesmen kebutuhan dasarnya menunggu di Tasklist.");
    assertThat(page.locator("#rekap-baris")).containsText("3504");

    // The list, narrowed to the person's village and category.
    page.locator("#kategori").selectOption("FEMALE_HEAD");
    page.locator("#wilayah").fill("3504011001");
    page.locator("#filter button[type=submit]").click();
    Locator row = page.locator("#baris tr", new Page.LocatorOptions().setHasText(name));
    assertThat(row).hasCount(1);
    assertThat(row).containsText(nik);
    assertThat(row).containsText("Belum dicocokkan");
    assertThat(row).containsText("Sedang dicatat");

    // The DTKS matching file, uploaded on the page: the list follows.
    page.waitForLoadState(LoadState.NETWORKIDLE);
    page.locator("#dtks-berkas").setInputFiles(new FilePayload("dtks.csv", "text/csv",
        ("nik,dtks_status,dtks_period\n" + nik + ",IN_DTKS,2026-06\n").getBytes(StandardCharsets.UTF_8)));
    page.locator("#dtks-unggah").click();
    assertThat(page.locator("#dtks-hasil")).hasText("Selesai: 1 diperbarui, 0 tidak berubah, 0 ditolak.");
    assertThat(row).containsText("Terdaftar di DTKS");

    // An export needs a purpose: without one it is cancelled, with one it downloads and is logged.
    page.onDialog(dialog -> dialog.dismiss());
    page.locator("#ekspor button[data-format=csv]").click();
    assertThat(page.locator("#pesan")).hasText("Ekspor dibatalkan: tujuan ekspor wajib diisi.");
    String purpose = "Usulan PBI JK uji halaman " + letters();
    page.locator("#tujuan").fill(purpose);
    Download download = page.waitForDownload(() -> page.locator("#ekspor button[data-format=csv]").click());
    assertThat(download.suggestedFilename()).isEqualTo("daftar-serah-rentan.csv");
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertThat(csv).contains(name).contains(nik);
    assertThat(page.locator("#pesan")).hasText("Ekspor selesai dan tercatat di log ekspor.");
    assertThat(pengawas.get("/api/vulnerable/exports").body()).contains(purpose);
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/rentan.png")).setFullPage(true));
  }

  private static String letters() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
