package id.terpadu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.Channel;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.ClosureReason;
import id.terpadu.person.Person;
import id.terpadu.referral.Referral;
import id.terpadu.referral.ReferralRepository;
import id.terpadu.referral.ReferralStatus;
import id.terpadu.support.ApiClient;
import id.terpadu.support.Browser;
import id.terpadu.support.BrowserExtension;
import id.terpadu.tasklist.TasklistFilters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One case walked from complaint to closure through Tasklist, by the demo users as they work: the intake
 * officer registers it with the start form, the supervisor triages and assigns it, the caseworker assesses
 * and plans one hospital service, the supervisor approves, the hospital accepts and reports the service
 * (seeing only its referral), the caseworker verifies and proposes termination, the supervisor approves
 * closure. Every form is filled through the browser; the engine and the case file are read only to find
 * the case and to check outcomes. Each filled form is saved to {@code docs/screenshots/} for the user guide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CaseWalkthroughBrowserIT {

  /** Relative to the project directory, which is Maven's working directory. */
  static final Path SCREENSHOTS = Path.of("docs", "screenshots");
  static final ZoneId UNIT_ZONE = ZoneId.of("Asia/Jakarta");
  /** The date pickers follow the browser's locale: for id-ID day/month/year, shown as 26/7/2017. */
  static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  @RegisterExtension static BrowserExtension browser = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ChildCaseRepository cases;
  @Autowired ReferralRepository referrals;
  @Autowired TransactionTemplate transactions;

  private final Map<String, Page> sessions = new HashMap<>();

  @Test
  void oneCaseFromComplaintToClosureInTasklist() {
    LocalDate today = LocalDate.now(UNIT_ZONE);
    LocalDate birthDate = today.minusYears(9).minusMonths(4);

    // 1. The intake officer registers the school's complaint with the start form.
    Page petugas = tasklist("petugas");
    petugas.getByText("Mulai proses", new Page.GetByTextOptions().setExact(true)).click();
    Locator dialog = petugas.locator(".modal-content");
    dialog.getByText("Penanganan kasus anak").click();
    Locator intake = dialog.locator(".fjs-container");
    select(intake, "Saluran pengaduan", "Rujukan sekolah");
    fill(intake, "Nama pelapor", "Sulastri");
    fill(intake, "Telepon pelapor", "0812 3300 1122");
    fill(intake, "Hubungan pelapor dengan anak", "wali kelas");
    fill(intake, "Nama anak", "Dimas Pratama");
    choose(intake, "Jenis kelamin anak", "Laki-laki");
    date(intake, "Tanggal lahir anak", birthDate);
    fill(intake, "Kode desa/kelurahan", "3504011001");
    fill(intake, "Uraian pengaduan", "Wali kelas melaporkan Dimas tidak dapat didaftarkan ujian karena tidak "
        + "punya akta kelahiran dan tidak tercantum di kartu keluarga neneknya. Kedua orang tuanya bekerja di "
        + "Malaysia; Dimas sering sakit dan belum pernah diperiksa dokter.");
    select(intake, "Kategori utama", "Kependudukan");
    check(intake, "Kategori lain (bila ada)", "Kesehatan");
    screenshot(petugas, "01-pengaduan");
    long casesBefore = cases.count();
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mulai").setExact(true)).click();
    await(petugas, () -> cases.count() > casesBefore, "the complaint to be registered");
    // This complaint, not the newest row: other test classes share the database (imports, their own cases).
    ChildCase registered = cases.findAll(Sort.by(Sort.Direction.DESC, "id")).stream()
        .filter(c -> c.getDescription().startsWith("Wali kelas melaporkan Dimas tidak dapat didaftarkan ujian"))
        .findFirst().orElseThrow();
    String caseNumber = registered.getCaseNumber();
    assertThat(caseNumber).startsWith("ULT-3504-" + today.getYear() + "-");
    assertThat(registered.getCreatedBy()).isEqualTo("petugas");
    assertThat(registered.getChannel()).isEqualTo(Channel.REFERRAL_SCHOOL);
    assertThat(registered.getVillageCode()).isEqualTo("3504011001");
    assertThat(registered.getCategories()).containsExactlyInAnyOrder("KEPENDUDUKAN", "KESEHATAN");
    String child = transactions.execute(s -> {
      Person c = cases.findById(registered.getId()).orElseThrow().getChild();
      return c.getName() + ", " + c.getSex() + ", " + c.getBirthDate();
    });
    assertThat(child).isEqualTo("Dimas Pratama, L, " + birthDate);

    // 2. The supervisor triages it (low risk, accepted) and assigns the caseworker.
    Page pengawas = tasklist("pengawas");
    Locator triage = openTask(pengawas, TasklistFilters.TEAM_QUEUE, caseNumber, "Triase pengaduan");
    claim(pengawas);
    choose(triage, "Hasil triase", "Diterima sebagai kasus");
    select(triage, "Tingkat risiko", "Rendah");
    select(triage, "Kategori utama", "Kependudukan");
    fill(triage, "Catatan triase", "Tidak ada bahaya langsung; anak tinggal bersama nenek.");
    screenshot(pengawas, "02-triase");
    complete(pengawas, caseNumber, "Task_TriageComplaint");

    Locator assignment = openTask(pengawas, TasklistFilters.TEAM_QUEUE, caseNumber, "Tunjuk pekerja sosial");
    claim(pengawas);
    select(assignment, "Pekerja sosial", "Sri Wahyuni");
    screenshot(pengawas, "03-tunjuk-pekerja-sosial");
    complete(pengawas, caseNumber, "Task_AssignCaseworker");

    // 3. The caseworker assesses (health need found) and plans one service from the hospital.
    Page peksos = tasklist("peksos1");
    Locator assessment = openTask(peksos, TasklistFilters.MY_TASKS, caseNumber, "Asesmen menyeluruh");
    fill(assessment, "Temuan: Keselamatan", "Aman; tinggal bersama nenek yang merawatnya dengan baik.");
    fill(assessment, "Temuan: Kesehatan", "Sering demam dan batuk, belum pernah diperiksa dokter; "
        + "belum punya jaminan kesehatan.");
    check(assessment, "Perlu layanan untuk aspek kesehatan");
    fill(assessment, "Temuan: Dokumen kependudukan", "Belum punya akta kelahiran; tidak tercantum di KK nenek.");
    fill(assessment, "Temuan: Pengasuhan keluarga", "Diasuh nenek; orang tua bekerja di Malaysia.");
    screenshot(peksos, "04-asesmen");
    complete(peksos, caseNumber, "Task_ConductAssessment");

    Locator plan = openTask(peksos, TasklistFilters.MY_TASKS, caseNumber, "Susun rencana layanan");
    fill(plan, "Tujuan penanganan", "Dimas diperiksa dan diobati sampai sehat dan dapat mengikuti ujian.");
    select(plan, "Jenis layanan", "Layanan kesehatan / pengobatan");
    select(plan, "Mitra layanan (kosongkan: mitra menurut tabel rujukan kabupaten)", "RSUD");
    date(plan, "Tanggal target", today.plusDays(14));
    fill(plan, "Keterangan", "Pemeriksaan umum dan pengobatan batuk berulang.");
    screenshot(peksos, "05-rencana-layanan");
    complete(peksos, caseNumber, "Task_DraftServicePlan");

    // 4. The supervisor approves the plan: the referral goes to the hospital.
    Locator approval = openTask(pengawas, TasklistFilters.TEAM_QUEUE, caseNumber, "Setujui rencana layanan");
    claim(pengawas);
    assertThat(field(approval, "Rencana layanan").locator("textarea")).hasValue(
        Pattern.compile("Layanan kesehatan"));
    choose(approval, "Keputusan", "Setujui dan kirim rujukan");
    screenshot(pengawas, "06-persetujuan-rencana");
    complete(pengawas, caseNumber, "Task_ApproveServicePlan");
    Referral referral = onlyReferral(registered.getId());
    assertThat(referral.getAgencyCode()).isEqualTo("rsud");

    // 5. The hospital sees its referral and nothing else of the case, accepts it and reports the service.
    Page rsud = tasklist("rsud");
    openFilter(rsud, TasklistFilters.TEAM_QUEUE);
    Locator rsudTasks = rsud.locator(".tasks-list li.task");
    assertThat(rsudTasks).hasCount(1);
    assertThat(rsudTasks).containsText("Terima atau tolak rujukan");
    Locator decision = openTask(rsud, TasklistFilters.TEAM_QUEUE, caseNumber, "Terima atau tolak rujukan");
    // The referral summary: the child's first name and age, the service, the caseworker to contact.
    assertThat(decision).containsText("Dimas, 9 tahun");
    assertThat(decision).containsText("Layanan kesehatan / pengobatan");
    assertThat(decision).containsText("Sri Wahyuni");
    assertThat(rsud.locator("body")).not().containsText("Pratama");
    assertThat(rsud.locator("body")).not().containsText("akta kelahiran");
    screenshot(rsud, "07-mitra-tugas-rujukan");
    assertOnlyTheReferralIsVisibleTo("rsud", referral);
    claim(rsud);
    choose(decision, "Keputusan", "Terima rujukan");
    screenshot(rsud, "08-mitra-terima-rujukan");
    complete(rsud, caseNumber, "Task_DecideOnReferral");

    Locator report = openTask(rsud, TasklistFilters.TEAM_QUEUE, caseNumber, "Laporkan layanan");
    assertThat(rsudTasks).hasCount(1);
    claim(rsud);
    choose(report, "Hasil layanan", "Layanan selesai diberikan");
    date(report, "Tanggal layanan", today);
    fill(report, "Keterangan layanan", "Diperiksa dokter anak; ISPA ringan, diberi obat dan kontrol satu minggu. "
        + "Sudah sembuh saat kontrol.");
    assertThat(rsud.locator("body")).not().containsText("Pratama");
    screenshot(rsud, "09-mitra-lapor-layanan");
    complete(rsud, caseNumber, "Task_ReportService");

    // 6. The caseworker verifies the hospital's report and proposes termination.
    Locator verification = openTask(peksos, TasklistFilters.MY_TASKS, caseNumber, "Verifikasi layanan");
    assertThat(field(verification, "Keterangan dari mitra").locator("textarea")).hasValue(
        Pattern.compile("ISPA ringan"));
    choose(verification, "Verifikasi", "Sesuai: rujukan selesai");
    screenshot(peksos, "10-verifikasi-layanan");
    complete(peksos, caseNumber, "Task_VerifyService");
    assertThat(onlyReferral(registered.getId()).getStatus()).isEqualTo(ReferralStatus.VERIFIED);

    Locator monitoring = openTask(peksos, TasklistFilters.MY_TASKS, caseNumber, "Monitoring dan evaluasi");
    select(monitoring, "Jenis kontak", "Kunjungan rumah");
    date(monitoring, "Tanggal kontak", today);
    choose(monitoring, "Kondisi anak sejak kontak terakhir", "Membaik");
    fill(monitoring, "Catatan monev", "Dimas sehat, sudah kembali masuk sekolah dan ikut les persiapan ujian.");
    choose(monitoring, "Langkah berikutnya", "Usulkan terminasi (penutupan kasus)");
    select(monitoring, "Alasan terminasi", "Tujuan layanan tercapai");
    fill(monitoring, "Ringkasan terminasi (hasil layanan dan keadaan anak)",
        "Layanan kesehatan dari RSUD selesai; Dimas sehat dan bersekolah. Nenek mampu mengasuh.");
    screenshot(peksos, "11-monev-usul-terminasi");
    complete(peksos, caseNumber, "Task_MonitorCase");

    // 7. The supervisor approves the closure.
    Locator termination = openTask(pengawas, TasklistFilters.TEAM_QUEUE, caseNumber, "Setujui terminasi kasus");
    claim(pengawas);
    assertThat(field(termination, "Usulan terminasi").locator("textarea")).hasValue(
        Pattern.compile("Dimas sehat"));
    choose(termination, "Keputusan", "Setujui dan tutup kasus");
    screenshot(pengawas, "12-persetujuan-terminasi");
    complete(pengawas, caseNumber, "Task_ApproveTermination");

    ChildCase closed = transactions.execute(s -> cases.findById(registered.getId()).orElseThrow());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getClosureReason()).isEqualTo(ClosureReason.GOALS_MET);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  // --- Tasklist as a user works it ---

  /** The user's Tasklist, logged in once per user (each user has their own browser context). */
  private Page tasklist(String user) {
    return sessions.computeIfAbsent(user, u -> {
      Page page = browser.newPage();
      Browser.login(page, "http://localhost:" + port, "tasklist", u, "demo");
      assertThat(page.getByText(TasklistFilters.MY_TASKS).first()).isVisible();
      return page;
    });
  }

  private void openFilter(Page page, String filter) {
    page.locator(".task-filters").getByText(filter).first().click();
  }

  /**
   * Opens the case's task from a filter's list and returns its form once it shows. Other test classes share the
   * database, so the list may hold other cases' tasks of the same name, and it shows the case number only to
   * supervisors (a process variable the caseworker and the agency may not read): the task is picked by its id,
   * which every list item links to, so no count of a list that is still loading decides which one is clicked. The
   * form's heading shows the case number to everyone.
   */
  private Locator openTask(Page page, String filter, String caseNumber, String taskName) {
    openFilter(page, filter);
    Locator link = page.locator(".tasks-list li.task h4.task a[href$='task=" + taskId(caseNumber, taskName) + "']");
    assertThat(link).hasText(taskName);
    link.click();
    Locator details = page.locator("section.task-details");
    assertThat(details).containsText(taskName);
    Locator form = details.locator(".fjs-container");
    assertThat(form.locator(".fjs-form-field").first()).containsText(caseNumber);
    return form;
  }

  /** Claims the open task ("Ambil"); its form can be completed once Tasklist knows the user has it. */
  private static void claim(Page page) {
    Locator details = page.locator("section.task-details");
    details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ambil").setExact(true)).click();
    assertThat(completeButton(page)).isEnabled();
  }

  private static Locator completeButton(Page page) {
    return page.locator("section.task-details").getByRole(AriaRole.BUTTON,
        new Locator.GetByRoleOptions().setName("Selesaikan").setExact(true));
  }

  private String taskId(String caseNumber, String taskName) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskName(taskName).singleResult().getId();
  }

  /** Completes the open task with "Selesaikan" and waits until the engine has completed it. */
  private void complete(Page page, String caseNumber, String taskKey) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .list();
    assertThat(open).as("open task " + taskKey).hasSize(1);
    String taskId = open.get(0).getId();
    completeButton(page).click();
    await(page, () -> tasks.createTaskQuery().taskId(taskId).count() == 0, "task " + taskKey + " to complete");
  }

  /** Waits for the engine, failing at once with Tasklist's message when it shows an error. */
  private void await(Page page, BooleanSupplier done, String what) {
    Locator error = page.locator(".notifications .alert-danger, .notifications .alert-error");
    long deadline = System.currentTimeMillis() + 15_000;
    while (!done.getAsBoolean()) {
      if (error.count() > 0) {
        fail("Tasklist refused while waiting for " + what + ": "
            + error.first().textContent().replace("×", "").replaceAll("\\s+", " ").trim());
      }
      if (System.currentTimeMillis() > deadline) {
        fail("Timed out waiting for " + what);
      }
      page.waitForTimeout(100);
    }
  }

  /**
   * What the agency's account can read through the engine API behind Tasklist: one task, the referral's
   * decision, and on it only the referral summary (no confidential or case variables).
   */
  private void assertOnlyTheReferralIsVisibleTo(String agency, Referral referral) {
    ApiClient user = ApiClient.basic(port, agency, "demo");
    JsonNode visible = json(user.get("/engine-rest/task"));
    assertThat(visible).hasSize(1);
    JsonNode task = visible.get(0);
    assertThat(task.path("taskDefinitionKey").asText()).isEqualTo("Task_DecideOnReferral");
    assertThat(task.path("processInstanceId").asText()).isEqualTo(referral.getProcessInstanceId());
    JsonNode variables = json(user.get("/engine-rest/task/" + task.path("id").asText() + "/variables"));
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    assertThat(names).isNotEmpty().noneMatch(n -> n.startsWith("confidential"))
        .doesNotContain("caseId", "villageCode", "riskLevel", "caseworkerId");
    assertThat(variables.toString()).doesNotContain("Pratama");
  }

  private Referral onlyReferral(long caseId) {
    List<Referral> all = transactions.execute(s -> referrals.findByCaseIdOrderById(caseId));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  // --- form-js fields, found by their Indonesian labels ---

  /** The form field whose label reads {@code label} (a required field's label ends with an asterisk). */
  private static Locator field(Locator form, String label) {
    // The pattern runs in the browser, and JavaScript has no \Q...\E quoting.
    String quoted = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
    Pattern text = Pattern.compile("^\\s*" + quoted + "\\s*\\*?\\s*$");
    return form.locator(".fjs-form-field-label").filter(new Locator.FilterOptions().setHasText(text)).first()
        .locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')][1]");
  }

  private static void fill(Locator form, String label, String value) {
    field(form, label).locator("input, textarea").first().fill(value);
  }

  private static void choose(Locator form, String label, String option) {
    field(form, label).getByLabel(option, new Locator.GetByLabelOptions().setExact(true)).check();
  }

  private static void check(Locator form, String label) {
    field(form, label).locator("input[type=checkbox]").check();
  }

  private static void check(Locator form, String label, String option) {
    field(form, label).getByLabel(option, new Locator.GetByLabelOptions().setExact(true)).check();
  }

  /** A form-js select: a custom dropdown opened by clicking it, options chosen by their label. */
  private static void select(Locator form, String label, String option) {
    Locator select = field(form, label);
    select.locator(".fjs-input-group").click();
    select.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    assertThat(select.locator(".fjs-input-group")).containsText(option);
  }

  /** A form-js date: the flatpickr input accepts typed dates in the browser locale's order. */
  private static void date(Locator form, String label, LocalDate value) {
    Locator input = field(form, label).locator("input.fjs-input");
    input.fill(value.format(TYPED_DATE));
    input.press("Enter");
    assertThat(input).hasValue(value.format(TYPED_DATE));
  }

  /**
   * The whole page as the user sees it, the form unrolled: Tasklist scrolls inside its panes, so the
   * viewport is stretched to the tallest pane's content for the picture and set back afterwards.
   */
  private static void screenshot(Page page, String name) {
    Number overflow = (Number) page.evaluate("() => Math.max(0, ...Array.from(document.querySelectorAll('*'))"
        + ".filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))"
        + ".map(e => e.scrollHeight - e.clientHeight))");
    page.setViewportSize(BrowserExtension.WIDTH, BrowserExtension.HEIGHT + overflow.intValue());
    try {
      page.mouse().move(0, 0);
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setAnimations(ScreenshotAnimations.DISABLED)
          .setStyle(".page-notifications { display: none !important; }")
          .setPath(SCREENSHOTS.resolve(name + ".png")));
    } finally {
      page.setViewportSize(BrowserExtension.WIDTH, BrowserExtension.HEIGHT);
    }
  }
}
