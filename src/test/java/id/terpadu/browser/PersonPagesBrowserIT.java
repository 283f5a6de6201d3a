package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The person registry pages in Bahasa Indonesia: the supervisor searches a child by name, opens her page and sees
 * the case she received; the front office registers a child again with another spelling, is shown the existing
 * record, and confirms a new person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PersonPagesBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void searchOpenAPersonAndSeeTheServicesReceived() {
    String caseNumber = complaintAbout("Larasati Halaman Uji", "3504016107119821");
    Instant start = Instant.now().minusSeconds(1);
    Page page = loggedIn("pengawas");

    page.navigate(base() + "/orang");
    assertThat(page.locator("h1")).hasText("Registri Orang");
    page.locator("#cari").fill("larasati halaman");
    page.locator("#tombol-cari").click();
    page.locator("#daftar a", new Page.LocatorOptions().setHasText("Larasati Halaman Uji")).click();

    assertThat(page).hasURL(Pattern.compile(".*/orang/lihat\\?id=\\d+"));
    assertThat(page.locator("h1")).hasText("Larasati Halaman Uji");
    assertThat(page.locator("#nik")).hasText("3504016107119821");
    assertThat(page.locator("#layanan")).containsText(caseNumber);
    assertThat(page.locator("#layanan")).containsText("Kasus: Pendidikan");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/orang-lihat.png")));

    // The caseworker sees the NIK masked.
    Page peksos = loggedIn("peksos1");
    peksos.navigate(page.url());
    assertThat(peksos.locator("#nik")).hasText("3504********9821 (disamarkan)");

    // The pages state why they read (<meta name="terpadu-purpose">, sent as X-Terpadu-Purpose): the search page a
    // lookup, the person's page a case review; the access log records them as stated, not derived.
    JsonNode log = json(new CaseFixtures(port).as("admin").get("/api/access-log?user=pengawas&from=" + start
        + "&size=200"));
    List<String> rows = StreamSupport.stream(log.path("items").spliterator(), false).map(r -> r.path("action").asText()
        + " " + r.path("purpose").asText() + " " + r.path("purposeStated").asBoolean()).toList();
    assertThat(rows).contains("GET /api/persons LOOKUP true", "GET /api/persons/{id} CASE_REVIEW true");
  }

  @Test
  void registeringAChildAgainShowsTheExistingRecordFirst() {
    complaintAbout("Wulan Halaman Ganda", null);
    Page page = loggedIn("petugas");

    page.navigate(base() + "/orang/baru");
    // The page fetches its CSRF token when it opens; a person does not press "Simpan" before that.
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    page.locator("#simpan").click();
    assertThat(page.locator("#galat")).containsText("Nama wajib diisi.");

    page.locator("#name").fill("Woelan Halaman Ganda");
    page.locator("#sex").selectOption("P");
    page.locator("#birthDate").fill("2010-03-14");
    page.locator("#villageCode").fill(CaseFixtures.TULUNGAGUNG_VILLAGE);
    page.locator("#simpan").click();

    assertThat(page.locator("#kandidat")).isVisible();
    assertThat(page.locator("#daftar-kandidat")).containsText("Wulan Halaman Ganda");
    assertThat(page.locator("#daftar-kandidat")).containsText("tanggal lahir sama");
    page.locator("#orang-baru").click();

    assertThat(page).hasURL(Pattern.compile(".*/orang/lihat\\?id=\\d+"));
    assertThat(page.locator("h1")).hasText("Woelan Halaman Ganda");
    assertThat(page.locator("#tanpa-layanan")).isVisible();
  }

  @Test
  void aCaseworkerCorrectsARecordAndAConcurrentChangeIsNotOverwritten() {
    String name = "Rahmat Ubah " + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("\\d", "a");
    HttpResponse<String> created = new CaseFixtures(port).as("pengawas").postJson("/api/persons", """
        {"name":"%s","sex":"L","birthDate":"2012-02-02","villageCode":"%s","address":"Jl. Lama 1",
         "confirmNew":true}""".formatted(name, CaseFixtures.TULUNGAGUNG_VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).path("person").path("id").asLong();

    Page page = loggedIn("peksos1");
    page.navigate(base() + "/orang/lihat?id=" + id);
    page.locator("#ubah").click();
    assertThat(page).hasURL(Pattern.compile(".*/orang/ubah\\?id=" + id));
    assertThat(page.locator("h1")).hasText("Ubah Data Orang");
    assertThat(page.locator("#name")).hasValue(name);
    assertThat(page.locator("#address")).hasValue("Jl. Lama 1");
    // A second tab opens the same record before the first one saves.
    Page other = loggedIn("pengawas");
    other.navigate(base() + "/orang/ubah?id=" + id);
    assertThat(other.locator("#name")).hasValue(name);

    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    page.locator("#villageCode").fill("12");
    page.locator("#simpan").click();
    assertThat(page.locator("#galat")).containsText("desa");
    page.locator("#villageCode").fill(CaseFixtures.TULUNGAGUNG_VILLAGE);
    page.locator("#address").fill("Jl. Baru 7, RT 02/RW 03");
    page.locator("#phone").fill("0812 0000 1111");
    page.locator("#simpan").click();
    assertThat(page).hasURL(Pattern.compile(".*/orang/lihat\\?id=" + id));
    assertThat(page.locator("#alamat")).containsText("Jl. Baru 7, RT 02/RW 03");
    assertThat(page.locator("#telepon")).hasText("0812 0000 1111");

    // The other tab's change would overwrite it: it is refused and nothing of it is stored.
    other.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    other.locator("#address").fill("Jl. Tertimpa 9");
    other.locator("#simpan").click();
    assertThat(other.locator("#pesan")).containsText("baru saja diubah oleh pengguna lain");
    assertThat(new CaseFixtures(port).as("pengawas").get("/api/persons/" + id).body())
        .contains("Jl. Baru 7").doesNotContain("Tertimpa");
  }

  /** A complaint about a girl born 2010-03-14 (or 2011-07-21 with the NIK) in Tulungagung; its case number. */
  private String complaintAbout(String name, String nik) {
    String birth = nik == null ? "2010-03-14" : "2011-07-21";
    HttpResponse<String> created = new CaseFixtures(port).as("petugas").postJson("/api/complaints", """
        {"channel":"WALK_IN","anonymous":true,
         "child":{"name":"%s","sex":"P","birthDate":"%s"%s},
         "villageCode":"%s","description":"Anak putus sekolah.","categories":["PENDIDIKAN"]}
        """.formatted(name, birth, nik == null ? "" : ",\"nik\":\"" + nik + "\"", CaseFixtures.TULUNGAGUNG_VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).path("caseNumber").asText();
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
