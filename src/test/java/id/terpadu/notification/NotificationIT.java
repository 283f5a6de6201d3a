package id.terpadu.notification;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.person.Person;
import id.terpadu.process.FormValues;
import id.terpadu.support.ApiClient;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification e-mails end to end, on the whole application with the demo organisation: the users work a
 * case from complaint to referrals through the API and Tasklist's REST calls, the outbox is delivered to a
 * GreenMail SMTP server, and each kind of mail reaches the right people with a case number, a task, a deadline
 * and a link, never the child's identity. Also: e-mail switched off, a rolled-back transaction, SMTP down then
 * up, the administrators' view, and two deliverers racing on the application's database.
 */
// Needs mail to its own SMTP server: runs in a JVM of its own (docs/adr/0024-integration-test-forks.md).
@Tag("isolated")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "terpadu.mail.demo-sink.enabled=false")
@ActiveProfiles({"test", "demo"})
class NotificationIT {

  static final int SMTP_PORT = OutboxDeliveryTest.freePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  static final String CHILD_NAME = "Dimas Pratama";
  static final String CHILD_NIK = "3504011403170001";
  static final String DESCRIPTION = "Anak tidak punya akta kelahiran dan tinggal bersama neneknya di Dusun Krajan.";
  static final Pattern TASK_LINK =
      Pattern.compile("http://localhost:8080/camunda/app/tasklist/default/#/\\?task=(\\S+)");

  @LocalServerPort int port;
  @Autowired OutboxDelivery delivery;
  @Autowired OutboxRepository outbox;
  @Autowired Notifications notifications;
  @Autowired ChildCaseRepository cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JavaMailSender mailSender;
  @Autowired Clock clock;
  @Value("${terpadu.mail.from}") String from;

  /** A received e-mail, decoded. */
  record Received(String to, String subject, String body, String messageId) {}

  @Test
  void everyKindOfNotificationReachesItsRecipientsWithoutTheChildsIdentity() {
    ApiClient intake = ApiClient.basic(port, "petugas", "demo");
    ApiClient supervisor = ApiClient.basic(port, "pengawas", "demo");
    ApiClient caseworker = ApiClient.basic(port, "peksos1", "demo");
    JsonNode created = json(intake.postJson("/api/complaints", """
        {"channel":"REFERRAL_SCHOOL","anonymous":false,
         "reporter":{"name":"Ibu Guru Wati","phone":"0812 3456 7890","relation":"guru"},
         "child":{"name":"%s","sex":"L","birthDate":"2017-03-14","nik":"%s"},
         "villageCode":"3504011001","description":"%s",
         "categories":["KEPENDUDUKAN"]}""".formatted(CHILD_NAME, CHILD_NIK, DESCRIPTION)));
    String caseNumber = created.path("caseNumber").asText();
    String caseInstance = created.path("processInstanceId").asText();
    assertThat(caseNumber).startsWith("ULT-3504-");

    // A new complaint: the unit's supervisors are told, with a link to the triage task and its deadline.
    String triageTask = task(supervisor, caseInstance, "Task_TriageComplaint").path("id").asText();
    deliver();
    Received triage = single("pengawas@demo.terpadu.invalid", "[Terpadu] Tugas baru: Triase pengaduan - " + caseNumber);
    assertThat(triage.body()).contains("Nomor kasus : " + caseNumber, "Tugas       : Triase pengaduan",
        "Tenggat     : ", " WIB\n", "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + triageTask);
    assertThat(triage.messageId()).isEqualTo(rowOf(triage).getMessageId());
    assertThat(mailsTo("pengawas2@demo.terpadu.invalid")).noneMatch(m -> m.subject().contains(caseNumber));

    // The supervisor triages; the next task of the supervisors is not mailed to the supervisor who caused it.
    work(supervisor, "pengawas", caseInstance, "Task_TriageComplaint",
        "{\"triageOutcome\":{\"value\":\"ACCEPTED\"},\"riskLevel\":{\"value\":\"LOW\"},"
            + "\"primaryCategory\":{\"value\":\"KEPENDUDUKAN\"}}");
    String assignTask = task(supervisor, caseInstance, "Task_AssignCaseworker").path("id").asText();
    assertThat(outbox.findByReferenceOrderById("task:" + assignTask)).isEmpty();

    // Assigned to the caseworker: "a task for you", not the whole caseworker group.
    work(supervisor, "pengawas", caseInstance, "Task_AssignCaseworker", "{\"caseworkerId\":{\"value\":\"peksos1\"}}");
    // Claiming a task oneself (as work() does) is no news either.
    assertThat(outbox.findByReferenceOrderById("task:" + assignTask)).isEmpty();
    assertThat(outbox.findByReferenceOrderById("task:" + triageTask)).extracting(OutboxMessage::getType)
        .containsOnly(NotificationType.TASK_FOR_GROUP);
    String assessment = task(caseworker, caseInstance, "Task_ConductAssessment").path("id").asText();
    assertThat(outbox.findByReferenceOrderById("task:" + assessment))
        .extracting(OutboxMessage::getType, OutboxMessage::getRecipient)
        .containsExactly(tuple(NotificationType.TASK_ASSIGNED,
            "peksos1@demo.terpadu.invalid"));

    // The caseworker's own next step (the plan) is no news to them.
    work(caseworker, "peksos1", caseInstance, "Task_ConductAssessment",
        "{\"confidentialAssessmentCivilDocuments\":{\"value\":\"Tidak punya akta.\"},"
            + "\"needsCivilDocuments\":{\"value\":true}}");
    String planTask = task(caseworker, caseInstance, "Task_DraftServicePlan").path("id").asText();
    assertThat(outbox.findByReferenceOrderById("task:" + planTask)).isEmpty();

    String target = LocalDate.now().plusDays(21).toString();
    work(caseworker, "peksos1", caseInstance, "Task_DraftServicePlan",
        "{\"confidentialPlanGoals\":{\"value\":\"Anak memiliki akta kelahiran.\"},"
            + "\"confidentialPlannedServices\":{\"type\":\"Json\",\"value\":" + jsonString(
            "[{\"serviceType\":\"BIRTH_CERTIFICATE\",\"agencyCode\":\"dukcapil\",\"targetDate\":\"" + target
                + "\"},{\"serviceType\":\"LEGAL_AID\",\"agencyCode\":\"lbh\",\"targetDate\":\"" + target + "\"}]")
            + "}}");
    work(supervisor, "pengawas", caseInstance, "Task_ApproveServicePlan",
        "{\"planDecision\":{\"value\":\"APPROVED\"}}");
    List<ProcessInstance> referrals = runtime.createProcessInstanceQuery().superProcessInstanceId(caseInstance).list();
    String civilRegistry = instanceFor(referrals, "dukcapil");
    String legalAid = instanceFor(referrals, "lbh");

    ApiClient dukcapil = ApiClient.basic(port, "dukcapil", "demo");
    work(dukcapil, "dukcapil", civilRegistry, "Task_DecideOnReferral", "{\"referralDecision\":{\"value\":\"ACCEPT\"}}");
    work(dukcapil, "dukcapil", civilRegistry, "Task_ReportService", "{\"serviceOutcome\":{\"value\":\"DONE\"},"
        + "\"serviceDate\":{\"value\":\"" + LocalDate.now() + "\"},"
        + "\"confidentialServiceNote\":{\"value\":\"Akta kelahiran atas nama " + CHILD_NAME + " terbit.\"}}");
    work(ApiClient.basic(port, "lbh", "demo"), "lbh", legalAid, "Task_DecideOnReferral",
        "{\"referralDecision\":{\"value\":\"DECLINE\"},\"declineReason\":{\"value\":\"Anak " + CHILD_NAME
            + " di luar wilayah kami.\"}}");
    deliver();

    // Referral sent: the agency's office address from the directory; its staff get the new task as well.
    String targetText = FormValues.INDONESIAN_DATE.format(LocalDate.parse(target));
    for (String agency : List.of("dukcapil", "lbh")) {
      String address = agency + "@demo.terpadu.invalid";
      Received sent = single(address, "[Terpadu] Rujukan baru - " + caseNumber);
      assertThat(sent.body()).contains("Nomor kasus    : " + caseNumber, "Target layanan : " + targetText,
          "http://localhost:8080/camunda/app/tasklist/default/");
      assertThat(rowOf(sent).getType()).isEqualTo(NotificationType.REFERRAL_SENT);
      assertThat(rowOf(sent).getRecipientUserId()).isNull();
      single(address, "[Terpadu] Tugas baru: Terima atau tolak rujukan - " + caseNumber);
    }
    // Declined and reported: the case's caseworker, and their follow-up tasks are assigned to them.
    Received declined = single("peksos1@demo.terpadu.invalid", "[Terpadu] Rujukan ditolak mitra - " + caseNumber);
    assertThat(declined.body()).contains("pilih mitra lain atau batalkan rujukan", targetText);
    assertThat(rowOf(declined).getType()).isEqualTo(NotificationType.REFERRAL_DECLINED);
    Received reported = single("peksos1@demo.terpadu.invalid",
        "[Terpadu] Mitra melaporkan layanan rujukan - " + caseNumber);
    assertThat(rowOf(reported).getType()).isEqualTo(NotificationType.REFERRAL_SERVICE_REPORTED);
    Received verify = single("peksos1@demo.terpadu.invalid", "[Terpadu] Tugas untuk Anda: Verifikasi layanan - "
        + caseNumber);
    assertThat(linkedTask(verify)).isEqualTo(task(caseworker, civilRegistry, "Task_VerifyService").path("id").asText());
    single("peksos1@demo.terpadu.invalid", "[Terpadu] Tugas untuk Anda: Pilih mitra lain - " + caseNumber);
    single("peksos1@demo.terpadu.invalid", "[Terpadu] Tugas untuk Anda: Asesmen menyeluruh - " + caseNumber);

    assertNoChildIdentityInAnyMail();
  }

  @Test
  void staffWhoSwitchedEmailOffGetNone() {
    ApiClient peksos2 = ApiClient.basic(port, "peksos2", "demo");
    JsonNode settings = json(peksos2.get("/api/me/notifications"));
    assertThat(settings.path("emailEnabled").asBoolean()).isTrue();
    assertThat(settings.path("email").asText()).isEqualTo("peksos2@demo.terpadu.invalid");

    assertThat(ApiClient.anonymous(port).get("/api/me/notifications").statusCode()).isEqualTo(401);
    HttpResponse<String> missing = peksos2.putJson("/api/me/notifications", "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).path("errors").get(0).path("field").asText()).isEqualTo("emailEnabled");
    assertThat(peksos2.putJson("/api/me/notifications", "{\"emailEnabled\":\"kadang\"}").statusCode()).isEqualTo(400);
    assertThat(json(peksos2.get("/api/me/notifications")).path("emailEnabled").asBoolean()).isTrue();

    HttpResponse<String> off = peksos2.putJson("/api/me/notifications", "{\"emailEnabled\":false}");
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertThat(json(off).path("emailEnabled").asBoolean()).isFalse();
    assertThat(json(peksos2.get("/api/me/notifications")).path("emailEnabled").asBoolean()).isFalse();
    try {
      TaskNotice notice = TaskNotice.of("ULT-3504-2026-99999", "3504", "Uji preferensi", null, "pref-off");
      int queued = transactions.execute(
          s -> notifications.newTask(notice, List.of("caseworker-3504"), List.of(), null));
      assertThat(outbox.findByReferenceOrderById("task:pref-off")).extracting(OutboxMessage::getRecipient)
          .hasSize(queued).contains("peksos1@demo.terpadu.invalid").doesNotContain("peksos2@demo.terpadu.invalid");
    } finally {
      assertThat(peksos2.putJson("/api/me/notifications", "{\"emailEnabled\":true}").statusCode()).isEqualTo(200);
    }
    TaskNotice notice = TaskNotice.of("ULT-3504-2026-99999", "3504", "Uji preferensi", null, "pref-on");
    transactions.executeWithoutResult(s -> notifications.newTask(notice, List.of("caseworker-3504"), List.of(), null));
    assertThat(outbox.findByReferenceOrderById("task:pref-on")).extracting(OutboxMessage::getRecipient)
        .contains("peksos1@demo.terpadu.invalid", "peksos2@demo.terpadu.invalid");
  }

  @Test
  void aRolledBackTransactionLeavesNoMailAndACommittedOneDoes() {
    Task open = taskService.createTaskQuery().taskCandidateGroup("supervisor-3504").active().listPage(0, 1).get(0);
    String reference = "task:" + open.getId();
    // Other classes share the database (PostgreSQL suite) and may have assigned this task before: compare with
    // the messages the task already had.
    List<Long> before = outbox.findByReferenceOrderById(reference).stream().map(OutboxMessage::getId).toList();

    transactions.executeWithoutResult(status -> {
      taskService.setAssignee(open.getId(), "peksos2");
      assertThat(outbox.findByReferenceOrderById(reference)).filteredOn(m -> !before.contains(m.getId()))
          .extracting(OutboxMessage::getRecipient)
          .contains("peksos2@demo.terpadu.invalid"); // written inside the transaction ...
      status.setRollbackOnly();
    });
    assertThat(outbox.findByReferenceOrderById(reference)).extracting(OutboxMessage::getId)
        .containsExactlyElementsOf(before); // ... and gone with it
    assertThat(taskService.createTaskQuery().taskId(open.getId()).singleResult().getAssignee()).isNull();

    // Outside a transaction nothing can be queued at all.
    assertThatThrownBy(() -> notifications.taskAssigned(TaskNotice.of(null, "3504", "Uji", null, open.getId()),
        "peksos2")).isInstanceOf(IllegalTransactionStateException.class);
    assertThat(outbox.findByReferenceOrderById(reference)).extracting(OutboxMessage::getId)
        .containsExactlyElementsOf(before);

    transactions.executeWithoutResult(status -> taskService.setAssignee(open.getId(), "peksos2"));
    try {
      assertThat(outbox.findByReferenceOrderById(reference))
          .filteredOn(m -> !before.contains(m.getId()))
          .filteredOn(m -> m.getRecipient().equals("peksos2@demo.terpadu.invalid"))
          .singleElement().extracting(OutboxMessage::getType).isEqualTo(NotificationType.TASK_ASSIGNED);
    } finally {
      taskService.setAssignee(open.getId(), null);
    }
  }

  @Test
  void aMailThatCouldNotBeSentIsRetriedWhenTheServerIsBackAndAdministratorsSeeIt() {
    deliver();
    OutboxMessage message = transactions.execute(s -> notifications.enqueue(new OutboxMail(NotificationType.OTHER,
        "smtp-down@demo.terpadu.invalid", null, "[Terpadu] Uji pengiriman", "Isi uji.", "test:smtp-down")));
    smtp.stop();
    try {
      delivery.deliverDue();
    } finally {
      smtp.start();
    }
    OutboxMessage failed = outbox.findById(message.getId()).orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastError()).isNotBlank();
    assertThat(failed.getNextAttemptAt()).isAfter(clock.instant().plusSeconds(30));
    // The server is back, but the message waits for its next attempt.
    delivery.deliverDue();
    assertThat(mailsTo("smtp-down@demo.terpadu.invalid")).isEmpty();

    // Administrators see it and may send it now.
    ApiClient admin = ApiClient.basic(port, "admin", "demo");
    JsonNode pending = json(admin.get("/api/admin/outbox?status=PENDING&size=100"));
    assertThat(pending.path("items")).anySatisfy(m -> {
      assertThat(m.path("id").asLong()).isEqualTo(message.getId());
      assertThat(m.path("attempts").asInt()).isEqualTo(1);
      assertThat(m.path("lastError").asText()).isNotBlank();
      assertThat(m.path("recipient").asText()).isEqualTo("smtp-down@demo.terpadu.invalid");
    });
    assertThat(ApiClient.basic(port, "pengawas", "demo").get("/api/admin/outbox").statusCode()).isEqualTo(403);
    assertThat(ApiClient.basic(port, "pengawas", "demo").postJson("/api/admin/outbox/" + message.getId() + "/retry",
        "{}").statusCode()).isEqualTo(403);
    assertThat(ApiClient.anonymous(port).get("/api/admin/outbox").statusCode()).isEqualTo(401);
    HttpResponse<String> badStatus = admin.get("/api/admin/outbox?status=LOST&size=0");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(json(badStatus).path("errors")).extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("status", "size");

    HttpResponse<String> retried = admin.postJson("/api/admin/outbox/" + message.getId() + "/retry", "");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(json(retried).path("attempts").asInt()).isZero();
    delivery.deliverDue();
    List<Received> received = mailsTo("smtp-down@demo.terpadu.invalid");
    assertThat(received).singleElement().extracting(Received::messageId).isEqualTo(message.getMessageId());
    JsonNode sent = json(admin.get("/api/admin/outbox/" + message.getId()));
    assertThat(sent.path("status").asText()).isEqualTo("SENT");
    assertThat(sent.path("body").asText()).isEqualTo("Isi uji.");
    assertThat(sent.path("sentAt").isNull()).isFalse();
    HttpResponse<String> again = admin.postJson("/api/admin/outbox/" + message.getId() + "/retry", "");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("code").asText()).isEqualTo(OutboxAdmin.ALREADY_SENT);
    assertThat(admin.postJson("/api/admin/outbox/987654321/retry", "").statusCode()).isEqualTo(404);

    // An address that cannot be used fails at once and is listed as FAILED.
    OutboxMessage broken = transactions.execute(s -> notifications.enqueue(new OutboxMail(NotificationType.OTHER,
        "<rusak@demo.terpadu.invalid", null, "[Terpadu] Uji", "Isi.", "test:broken")));
    delivery.deliverDue();
    JsonNode failedList = json(admin.get("/api/admin/outbox?status=FAILED&size=100"));
    assertThat(failedList.path("items")).extracting(m -> m.path("id").asLong()).contains(broken.getId());
  }

  @Test
  void twoDeliverersOnTheApplicationsDatabaseSendEachMessageOnce() throws Exception {
    List<OutboxMessage> queued = transactions.execute(s -> {
      List<OutboxMessage> list = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        list.add(notifications.enqueue(new OutboxMail(NotificationType.OTHER, "balapan" + i + "@demo.terpadu.invalid",
            null, "[Terpadu] Uji balapan " + i, "Isi " + i + ".", "test:race")));
      }
      return list;
    });
    OutboxProperties small = new OutboxProperties(false, Duration.ofSeconds(10), 2, 3, Duration.ofMinutes(1),
        Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofDays(30));
    List<OutboxDelivery> nodes = List.of(
        new OutboxDelivery(jdbc, transactionManager, mailSender, small, from, clock, "node-a"),
        new OutboxDelivery(jdbc, transactionManager, mailSender, small, from, clock, "node-b"));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (OutboxDelivery node : nodes) {
        results.add(pool.submit(() -> {
          start.await();
          return node.deliverDue() + node.deliverDue();
        }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Set<String> ours = queued.stream().map(OutboxMessage::getMessageId).collect(Collectors.toSet());
    Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).map(NotificationIT::messageId)
        .filter(ours::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(received).hasSize(30).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    assertThat(outbox.findByReferenceOrderById("test:race")).extracting(OutboxMessage::getStatus)
        .containsOnly(OutboxStatus.SENT);
  }

  private void deliver() {
    delivery.deliverDue();
  }

  /** Every mail the outbox holds and every mail received: no child's name, NIK, birth date or description. */
  private void assertNoChildIdentityInAnyMail() {
    List<String> identities = transactions.execute(s -> {
      List<String> found = new ArrayList<>();
      for (ChildCase c : cases.findAll()) {
        found.add(c.getDescription());
        if (c.getReporterName() != null) {
          found.add(c.getReporterName());
        }
        Person child = c.getChild();
        if (child != null) {
          if (child.getName() != null) {
            found.add(child.getName());
            found.addAll(Arrays.asList(child.getName().split("\\s+")));
          }
          if (child.getNik() != null) {
            found.add(child.getNik());
          }
          if (child.getBirthDate() != null) {
            found.add(child.getBirthDate().toString());
            found.add(FormValues.INDONESIAN_DATE.format(child.getBirthDate()));
          }
        }
      }
      return found;
    });
    assertThat(identities).contains(CHILD_NAME, CHILD_NIK, DESCRIPTION, "Melati", "Rizki Ramadhan");
    List<String> texts = new ArrayList<>();
    outbox.findAll().forEach(m -> texts.add(m.getSubject() + "\n" + m.getBody()));
    allReceived().forEach(m -> texts.add(m.subject() + "\n" + m.body()));
    assertThat(texts).hasSizeGreaterThan(10);
    for (String identity : identities) {
      Pattern word = Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(identity) + "(?![\\p{L}\\d])");
      assertThat(texts).as("mails mentioning '%s'", identity).noneMatch(t -> word.matcher(t).find());
    }
  }

  private OutboxMessage rowOf(Received mail) {
    return outbox.findAll().stream().filter(m -> m.getMessageId().equals(mail.messageId())).findFirst()
        .orElseThrow(() -> new AssertionError("No outbox row for " + mail));
  }

  private Received single(String to, String subject) {
    List<Received> matching = mailsTo(to).stream().filter(m -> m.subject().equals(subject)).toList();
    assertThat(matching).as("mails to %s titled %s", to, subject).hasSize(1);
    return matching.get(0);
  }

  private String linkedTask(Received mail) {
    var matcher = TASK_LINK.matcher(mail.body());
    assertThat(matcher.find()).as(mail.body()).isTrue();
    return matcher.group(1);
  }

  private List<Received> mailsTo(String address) {
    return allReceived().stream().filter(m -> m.to().equals(address)).toList();
  }

  private static List<Received> allReceived() {
    List<Received> all = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        String body = ((String) m.getContent()).replace("\r\n", "\n");
        all.add(new Received(to, m.getSubject(), body, m.getMessageID()));
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return all;
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String instanceFor(List<ProcessInstance> instances, String agency) {
    return instances.stream().filter(i -> agency.equals(runtime.getVariable(i.getId(), "agencyCode")))
        .findFirst().orElseThrow().getId();
  }

  private static String jsonString(String raw) {
    return "\"" + raw.replace("\"", "\\\"") + "\"";
  }
}
