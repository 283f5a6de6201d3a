package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The weekly case meeting page {@code /rapat-kasus} in Bahasa Indonesia: Tulungagung's supervisor finds a high-risk
 * case of the unit on the agenda, records the meeting's note and a decision for a caseworker with a due date, and
 * sees the success message; the decision is a task in the caseworker's Tasklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CaseMeetingBrowserIT {

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();
  @LocalServerPort int port;

  @Test
  void aSupervisorRecordsAMeetingDecisionThatBecomesTheOwnersTask() {
    CaseFixtures f = new CaseFixtures(port);
    Registered high = f.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    work(f.as("pengawas"), "pengawas", high.processInstanceId(), "Task_TriageComplaint", """
        {"triageOutcome":{"value":"ACCEPTED"},"riskLevel":{"value":"HIGH"},"primaryCategory":{"value":"ABH"}}""");
    String due = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(10).toString();

    Page page = browser.newPage();
    Browser.login(page, base(), "tasklist", "pengawas", "demo");
    assertThat(page.locator("input[ng-model=username]")).isHidden();
    page.navigate(base() + "/rapat-kasus");
    assertThat(page.locator("h1")).hasText("Rapat Kasus Mingguan");
    Locator row = page.locator("#baris-agenda tr", new Page.LocatorOptions().setHasText(high.caseNumber()));
    assertThat(row).hasCount(1);
    assertThat(row).containsText("Tinggi");
    assertThat(row).containsText("Risiko tinggi");
    assertThat(row).not().containsText(CaseFixtures.CHILD_NAME);

    row.getByText("Catat keputusan").click();
    assertThat(page.locator("#judul-keputusan")).hasText("Hasil pembahasan kasus " + high.caseNumber());
    page.locator("#catatan").fill("Risiko tinggi dibahas; kunjungan rumah minggu ini.");
    page.locator("#tambah-keputusan").click();
    Locator decision = page.locator("#daftar-keputusan fieldset").first();
    decision.locator("[data-isian=text]").fill("Kunjungi rumah anak bersama Babinsa");
    decision.locator("[data-isian=ownerType]").selectOption("USER");
    decision.locator("[data-isian=owner]").fill("peksos1");
    decision.locator("[data-isian=dueDate]").fill(due);
    page.locator("#simpan-keputusan").click();
    assertThat(page.locator("#pesan")).hasText("Hasil pembahasan kasus " + high.caseNumber()
        + " tersimpan; 1 tugas dibuat.");
    assertThat(page.locator("#dialog-keputusan")).isHidden();
    assertThat(page.locator("#baris-agenda tr", new Page.LocatorOptions().setHasText(high.caseNumber()))
        .locator("td").nth(5)).hasText("1");

    JsonNode tasks = json(f.as("peksos1").get("/engine-rest/task?processDefinitionKey=Process_CaseDecision"
        + "&processInstanceBusinessKey=" + high.caseNumber()));
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("assignee").asText()).isEqualTo("peksos1");
    assertThat(tasks.get(0).path("due").asText()).startsWith(due);
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("Tindak lanjuti keputusan kasus");
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
