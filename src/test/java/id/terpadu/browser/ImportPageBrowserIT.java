package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A supervisor imports persons (or, chosen on the page, historical cases or a DTKS matching file) on the page
 * /impor: chooses a CSV file, uploads it, follows the job to its end and sees the counts, the rejected row with its
 * reason and the link to the rejected rows; an open historical case is then taken up from the same page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ImportPageBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aSupervisorImportsAFileAndSeesTheRejectedRow() {
    String source = "halaman-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    String csv = "name,sex,birth_date,village_code,source_id\n"
        + "Siti Halimah,P,2012-05-04,3504011001," + source + "-1\n"
        + "\"Bagus, Putra\",L,2011-01-30,3504011001," + source + "-2\n"
        + "Tanpa Desa,L,2011-13-01,3504011001," + source + "-3\n";
    Page page = loggedIn("pengawas");

    page.navigate(base() + "/impor");
    assertThat(page.locator("h1")).containsText("Impor");
    page.locator("#berkas").setInputFiles(new FilePayload("orang.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8)));
    page.locator("#kirim").click();

    assertThat(page.locator("#tahap")).hasText("Selesai.");
    assertThat(page.locator("#total")).hasText("3");
    assertThat(page.locator("#diimpor")).hasText("2");
    assertThat(page.locator("#ditolak")).hasText("1");
    assertThat(page.locator("#daftar-kesalahan")).containsText("4");
    assertThat(page.locator("#unduh")).isVisible();
    assertThat(page.locator("#tautan-ditolak")).hasAttribute("href",
        java.util.regex.Pattern.compile("/api/import/jobs/[0-9a-f-]{36}/rejected\\.csv"));
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/impor.png")));
  }

  @Test
  void aSupervisorImportsHistoricalCasesOfTheChosenKind() {
    String number = "halaman-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    // The open one received yesterday, so that it leads the list of cases waiting to be taken up.
    String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
    String csv = "case_number,received_date,category,village_code,status,closed_date\n"
        + number + "-1,2014-02-03,Kekerasan Fisik,3504011001,CLOSED,2014-03-01\n"
        + number + "-2,2014-02-31,ABH,3504011001,,\n"
        + number + "-3," + yesterday + ",ABH,3504011001,OPEN,\n";
    Page page = loggedIn("pengawas");

    page.navigate(base() + "/impor");
    assertThat(page.locator("[data-jenis=cases]")).isHidden();
    page.locator("#jenis").selectOption("cases");
    assertThat(page.locator("[data-jenis=cases]")).isVisible();
    assertThat(page.locator("[data-jenis=persons]")).isHidden();
    page.locator("#berkas").setInputFiles(new FilePayload("kasus.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8)));
    page.locator("#kirim").click();

    assertThat(page.locator("#tahap")).hasText("Selesai.");
    assertThat(page.locator("#diimpor")).hasText("2");
    assertThat(page.locator("#ditolak")).hasText("1");
    assertThat(page.locator("#pesan")).containsText("2 kasus baru");
    assertThat(page.locator("#daftar-kesalahan")).containsText("received_date");

    // The open one waits to be taken up; the supervisor takes it up and it leaves the list.
    String caseNumber = new CaseFixtures(port).as("pengawas").get("/api/cases?q=" + number + "-3").body()
        .replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
    Locator waiting = page.locator("#daftar-ambil-alih tr", new Page.LocatorOptions().setHasText(caseNumber));
    assertThat(waiting).hasCount(1);
    assertThat(waiting).containsText("ABH");
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(Path.of("target/screenshots/impor-kasus-historis.png")));
    waiting.locator("button", new Locator.LocatorOptions().setHasText("Tangani")).click();
    assertThat(page.locator("#pesan")).hasText("Kasus " + caseNumber
        + " kini ditangani: tugas triase menunggu di Tasklist (Antrian Tim Saya).");
    assertThat(waiting).hasCount(0);
  }

  @Test
  void aSupervisorImportsADtksMatchingFileOfTheChosenKind() {
    Page page = loggedIn("pengawas");
    page.navigate(base() + "/impor");
    page.locator("#jenis").selectOption("dtks");
    assertThat(page.locator("[data-jenis=dtks]")).isVisible();
    assertThat(page.locator("[data-jenis=persons]")).isHidden();
    page.locator("#berkas").setInputFiles(new FilePayload("dtks.csv", "text/csv",
        "nik,dtks_status\n3504010000000000,IN_DTKS\n".getBytes(StandardCharsets.UTF_8)));
    page.locator("#kirim").click();
    assertThat(page.locator("#tahap")).hasText("Selesai.");
    assertThat(page.locator("#ditolak")).hasText("1");
    assertThat(page.locator("#pesan")).containsText("0 status DTKS diperbarui");
    assertThat(page.locator("#daftar-kesalahan")).containsText("NIK tidak terdaftar.");
  }

  @Test
  void aCaseworkerIsToldTheImportIsForSupervisors() {
    Page page = loggedIn("peksos1");
    page.navigate(base() + "/impor");
    page.locator("#berkas").setInputFiles(new FilePayload("orang.csv", "text/csv",
        "name,sex,birth_date,village_code\nA B,L,2011-01-30,3504011001\n".getBytes(StandardCharsets.UTF_8)));
    page.locator("#kirim").click();
    assertThat(page.locator("#pesan")).hasText("Impor data hanya untuk supervisor dan administrator.");
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
