package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The institution staff's phone page {@code /lksa} in Bahasa Indonesia: {@code lksa1} opens it on a phone-sized
 * screen at the institution, marks a child present, then, 1.1 km away, is told the location is too far until a
 * reason is given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LksaAttendanceBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void staffRecordTodaysAttendanceWithThePhonesLocation() {
    String name = "Sekar Halaman Panti";
    long child = childOfANewCase(name);
    long institution = json(new CaseFixtures(port).as("lksa1").get("/api/lksa/institutions")).get(0).get("id").asLong();
    HttpResponse<String> admitted = new CaseFixtures(port).as("pengawas").postJson("/api/lksa/institutions/"
        + institution + "/residents", "{\"personId\":" + child + ",\"admittedOn\":\""
        + LocalDate.now(ZoneId.of("Asia/Jakarta")) + "\",\"reason\":\"NEGLECT\"}");
    assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);

    Page page = browser.newPage();
    page.setViewportSize(390, 844);
    page.context().grantPermissions(List.of("geolocation"));
    page.context().setGeolocation(new Geolocation(-8.0656, 111.9026).setAccuracy(15));
    Browser.login(page, base(), "welcome", "lksa1", "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();

    page.navigate(base() + "/lksa");
    assertThat(page.locator("h1")).hasText("Kehadiran harian anak");
    assertThat(page.locator("#nama-lembaga")).hasText("LKSA Budi Mulia Tulungagung");
    assertThat(page.locator("#status-lokasi")).containsText("Lokasi terbaca (akurasi ±15 m");
    Locator row = page.locator("#anak li", new Page.LocatorOptions().setHasText(name));
    assertThat(row).containsText("Belum dicatat hari ini");

    row.locator("button", new Locator.LocatorOptions().setHasText("Hadir")).first().click();
    assertThat(page.locator("#pesan")).containsText(name + ": Hadir tercatat pukul");
    assertThat(row).containsText("Hari ini: Hadir");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/lksa-kehadiran.png")));

    page.context().setGeolocation(new Geolocation(-8.0756, 111.9026).setAccuracy(10));
    page.locator("#tombol-lokasi").click();
    assertThat(page.locator("#status-lokasi")).containsText("akurasi ±10 m");
    row.locator("button", new Locator.LocatorOptions().setHasText("Sakit")).click();
    assertThat(page.locator("#pesan")).containsText("Lokasi Anda sekitar 1123 m dari lembaga (batas 200 m).");
    assertThat(page.locator("#pesan")).hasClass("salah");
    assertThat(row).containsText("Hari ini: Hadir");

    page.locator("#alasan").fill("Anak dirawat di puskesmas, dicatat dari sana.");
    row.locator("button", new Locator.LocatorOptions().setHasText("Sakit")).click();
    assertThat(page.locator("#pesan")).containsText(name + ": Sakit tercatat pukul");
    assertThat(row).containsText("Hari ini: Sakit");
  }

  private long childOfANewCase(String name) {
    CaseFixtures fixtures = new CaseFixtures(port);
    HttpResponse<String> created = fixtures.as("petugas").postJson("/api/complaints", """
        {"channel":"WALK_IN","anonymous":true,
         "child":{"name":"%s","sex":"P","birthDate":"2014-02-03"},
         "villageCode":"%s","description":"Anak terlantar.","categories":["PENELANTARAN"]}
        """.formatted(name, CaseFixtures.TULUNGAGUNG_VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long caseId = json(created).path("caseId").asLong();
    return json(fixtures.as("pengawas").get("/api/cases/" + caseId)).get("child").get("personId").asLong();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
