package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The supervisors' page {@code /lksa/kelola} in Bahasa Indonesia: Tulungagung's supervisor registers an institution
 * (the API's field errors appear next to the fields first), finds a child of the person registry by name, admits
 * them and discharges them; the reports draw their charts. The caseworker of a placed child's case sees the stay in
 * the case's monitoring form and on the child's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LksaManagementBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aSupervisorRegistersAnInstitutionAdmitsAChildAndDischargesThem() {
    String unique = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    String child = "Wulan Kelola " + Character.toUpperCase(unique.charAt(0)) + unique.substring(1, Math.min(8,
        unique.length())) + "a";
    HttpResponse<String> person = new CaseFixtures(port).as("petugas").postJson("/api/persons", """
        {"name":"%s","sex":"P","birthDate":"2015-04-09","villageCode":"%s"}"""
        .formatted(child, CaseFixtures.TULUNGAGUNG_VILLAGE));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
    String code = "kelola-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "LKSA Kelola " + code.substring(7);

    Page page = browser.newPage();
    Browser.login(page, base(), "welcome", "pengawas", "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();
    page.navigate(base() + "/lksa/kelola");
    assertThat(page.locator("h1")).hasText("Kelola LKSA");
    assertThat(page.locator("#daftar-lembaga tr", new Page.LocatorOptions().setHasText("LKSA Budi Mulia Tulungagung")))
        .hasCount(1);

    // An incomplete registration: the API's messages next to the fields, nothing stored.
    page.locator("#tombol-baru").click();
    page.locator("#code").fill(code);
    page.locator("#latitude").fill("52,5");
    page.locator("#simpan-lembaga").click();
    assertThat(page.locator("[data-galat=name]")).hasText("Nama lembaga wajib diisi.");
    assertThat(page.locator("[data-galat=latitude]")).containsText("Garis lintang harus di wilayah Indonesia");
    assertThat(page.locator("[data-galat=capacity]")).hasText("Daya tampung wajib diisi.");
    assertThat(page.locator("#pesan")).hasClass("salah");

    page.locator("#name").fill(name);
    page.locator("#type").selectOption("RPSA");
    page.locator("#accreditation").selectOption("B");
    page.locator("#address").fill("Jl. Kelola 5, Tulungagung");
    page.locator("#regencyCode").fill("3504");
    page.locator("#districtCode").fill("350401");
    page.locator("#latitude").fill("-8,0660");
    page.locator("#longitude").fill("111.9030");
    page.locator("#capacity").fill("4");
    page.locator("#contactName").fill("Bu Kelola");
    page.locator("#simpan-lembaga").click();
    assertThat(page.locator("#pesan")).containsText("Lembaga " + name + " terdaftar");
    assertThat(page.locator("#pesan")).containsText("lksa-" + code);
    assertThat(page.locator("[data-galat=name]")).isEmpty();
    Locator row = page.locator("#daftar-lembaga tr", new Page.LocatorOptions().setHasText(name));
    assertThat(row).containsText("Rumah Perlindungan Sosial Anak (RPSA)");
    assertThat(row).containsText("B (baik)");

    // Admit the child found in the registry by name.
    row.locator("button", new Locator.LocatorOptions().setHasText("Anak")).click();
    assertThat(page.locator("#nama-lembaga")).hasText(name);
    assertThat(page.locator("#kosong-anak")).isVisible();
    page.locator("#terima").click();
    assertThat(page.locator("[data-galat=personId]")).hasText("Pilih anak dari registri orang.");
    assertThat(page.locator("[data-galat=reason]")).hasText("Alasan penempatan wajib dipilih.");
    page.locator("#cari").fill(child);
    page.locator("#form-cari button").click();
    page.locator("#daftar-cari tr", new Page.LocatorOptions().setHasText(child)).locator("button").click();
    assertThat(page.locator("#anak-dipilih")).containsText(child);
    page.locator("#reason").selectOption("NEGLECT");
    page.locator("#caseNumber").fill("ULT-0000-0000-00000");
    page.locator("#terima").click();
    assertThat(page.locator("[data-galat=caseNumber]"))
        .hasText("Nomor kasus tidak ditemukan atau di luar wilayah kerja Anda.");
    page.locator("#caseNumber").fill("");
    page.locator("#terima").click();
    assertThat(page.locator("#pesan")).hasText(child + " diterima di " + name + ".");
    Locator resident = page.locator("#daftar-anak tr", new Page.LocatorOptions().setHasText(child));
    assertThat(resident).containsText("Penelantaran");
    assertThat(resident).containsText("Belum dicatat");
    assertThat(row).containsText("25%");
    assertThat(page.locator("#grafik-keterisian svg")).hasCount(1);
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/lksa-kelola.png"))
        .setFullPage(true));

    // Discharge: the destination is required, then the child leaves.
    resident.locator("button", new Locator.LocatorOptions().setHasText("Keluarkan")).click();
    assertThat(page.locator("#dialog-keluar")).isVisible();
    page.locator("#simpan-keluar").click();
    assertThat(page.locator("[data-galat=destination]")).hasText("Tujuan keluar wajib dipilih.");
    page.locator("#destination").selectOption("KINSHIP");
    page.locator("#simpan-keluar").click();
    assertThat(page.locator("#pesan")).hasText(child + " keluar dari " + name + " (Keluarga besar/kerabat).");
    assertThat(page.locator("#dialog-keluar")).isHidden();
    assertThat(page.locator("#kosong-anak")).isVisible();
    assertThat(row).containsText("0%");
  }

  @Test
  void theCaseworkerSeesThePlacementInTheMonitoringFormAndOnTheChildsPage() {
    CaseFixtures fixtures = new CaseFixtures(port);
    CaseFixtures.Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas",
        "peksos1");
    fixtures.referring(registered, "pengawas", "peksos1");
    long child = json(fixtures.as("pengawas").get("/api/cases/" + registered.caseId())).get("child").get("personId")
        .asLong();
    long institution = json(fixtures.as("lksa1").get("/api/lksa/institutions")).get(0).get("id").asLong();
    HttpResponse<String> admitted = fixtures.as("pengawas").postJson("/api/lksa/institutions/" + institution
        + "/residents", "{\"personId\":" + child + ",\"caseNumber\":\"" + registered.caseNumber()
        + "\",\"admittedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Jakarta")) + "\",\"reason\":\"VIOLENCE\"}");
    assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
    String monitoringTask = json(fixtures.as("peksos1").get("/engine-rest/task?taskDefinitionKey=Task_MonitorCase"
        + "&processInstanceId=" + registered.processInstanceId())).get(0).get("id").asText();

    Page page = browser.newPage();
    Browser.login(page, base(), "tasklist", "peksos1", "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();
    page.navigate(base() + "/camunda/app/tasklist/default/#/?task=" + monitoringTask);
    Locator form = page.locator("section.task-details .fjs-container");
    assertThat(form.locator(".fjs-form-field").first()).containsText(registered.caseNumber());
    Locator situation = form.locator(".fjs-form-field", new Locator.LocatorOptions().setHasText("Keadaan rujukan"))
        .locator("textarea");
    assertThat(situation).hasValue(Pattern.compile(
        ".*- Anak tinggal di LKSA Budi Mulia Tulungagung \\(LKSA / panti asuhan\\) sejak .*", Pattern.DOTALL));
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/monev-penempatan-lksa.png"))
        .setFullPage(true));

    // The child's page lists the stay with the case number among the services received.
    page.navigate(base() + "/orang/lihat?id=" + child);
    Locator stay = page.locator("#daftar-layanan tr", new Page.LocatorOptions().setHasText("Penempatan LKSA"));
    assertThat(stay).hasCount(1);
    assertThat(stay).containsText(registered.caseNumber());
    assertThat(stay).containsText("Penempatan LKSA: LKSA Budi Mulia Tulungagung");
    assertThat(stay).containsText("Tinggal di lembaga");
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
