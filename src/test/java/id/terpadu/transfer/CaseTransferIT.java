package id.terpadu.transfer;

import static id.terpadu.support.ApiClient.json;
import static id.terpadu.support.EngineTasks.task;
import static id.terpadu.support.EngineTasks.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.referral.Referral;
import id.terpadu.referral.ReferralRepository;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import id.terpadu.notification.NotificationType;
import id.terpadu.notification.OutboxMessage;
import id.terpadu.notification.OutboxRepository;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenario 4: the family of a boy in conflict with the law moves from Tulungagung (3504) to Trenggalek (3503).
 * Tulungagung proposes the transfer; until Trenggalek accepts, only Tulungagung reads and works the case, and
 * Trenggalek sees the decision task without the child's identity. After acceptance only Trenggalek sees the
 * case, with the same number and history, the open tasks in Trenggalek's groups, and a caseworker chosen by
 * Trenggalek's supervisor. Trenggalek may decline, Tulungagung may withdraw; both keep the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CaseTransferIT {

  static final String MOVE = """
      {"toRegency":"3503","reason":"Keluarga pindah ke Trenggalek.","villageCode":"%s"}"""
      .formatted(CaseFixtures.TRENGGALEK_VILLAGE);

  @LocalServerPort int port;
  @Autowired ChildCaseRepository cases;
  @Autowired ReferralRepository referrals;
  @Autowired TransactionTemplate transactions;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired HistoryService history;
  @Autowired OutboxRepository outbox;
  CaseFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CaseFixtures(port);
  }

  @Test
  void theReceivingUnitTakesOverTheCaseItsOpenTasksAndItsHistory() {
    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    String path = "/api/cases/" + registered.caseId();
    String instance = registered.processInstanceId();
    assertThat(as("pengawas").get(path).statusCode()).isEqualTo(200);
    assertThat(as("pengawas2").get(path).statusCode()).isEqualTo(404);
    assertThat(task(as("peksos1"), instance, "Task_ConductAssessment").path("assignee").asText()).isEqualTo("peksos1");
    assertThat(json(as("pengawas2").get("/engine-rest/task?processInstanceId=" + instance))).isEmpty();

    HttpResponse<String> proposed = as("pengawas").postJson(path + "/transfer", MOVE);

    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    JsonNode proposal = json(proposed);
    long transferId = proposal.path("id").asLong();
    String transferInstance = proposal.path("processInstanceId").asText();
    assertThat(proposal.path("status").asText()).isEqualTo("PROPOSED");
    assertThat(proposal.path("caseId").asLong()).isEqualTo(registered.caseId());
    assertThat(proposal.path("fromRegency").asText()).isEqualTo("3504");
    assertThat(proposal.path("toRegency").asText()).isEqualTo("3503");
    assertThat(proposal.path("toVillage").asText()).isEqualTo(CaseFixtures.TRENGGALEK_VILLAGE);
    assertThat(proposal.path("proposedBy").asText()).isEqualTo("pengawas");
    assertThat(proposal.path("decidedBy").isNull()).isTrue();
    assertThat(proposal.toString()).doesNotContain(CaseFixtures.CHILD_NAME);

    // Nothing moved yet: Tulungagung reads and works the case, Trenggalek does not read it.
    assertThat(as("pengawas").get(path).statusCode()).isEqualTo(200);
    assertThat(json(as("peksos1").get(path)).path("regencyCode").asText()).isEqualTo("3504");
    assertThat(as("pengawas2").get(path).statusCode()).isEqualTo(404);
    assertThat(as("pengawas2").get(path + "/transfers").statusCode()).isEqualTo(404);
    assertThat(task(as("peksos1"), instance, "Task_ConductAssessment").path("assignee").asText()).isEqualTo("peksos1");
    assertThat(json(as("pengawas2").get("/engine-rest/task?processInstanceId=" + instance))).isEmpty();
    assertThat(json(as("pengawas").get(path + "/transfers"))).singleElement()
        .satisfies(t -> assertThat(t.path("status").asText()).isEqualTo("PROPOSED"));
    assertThat(entries(as("pengawas").get(path + "/timeline"))).extracting(e -> e.path("type").asText())
        .contains("TRANSFER_PROPOSED").doesNotContain("CASE_TRANSFERRED");

    // Trenggalek's supervisors and head decide in Tasklist; the form knows no child's identity.
    JsonNode decision = task(as("pengawas2"), transferInstance, "Task_DecideTransfer");
    String decisionTask = decision.path("id").asText();
    assertThat(decision.path("name").asText()).isEqualTo("Putuskan pemindahan kasus");
    assertThat(candidateGroups(decisionTask)).containsExactlyInAnyOrder("supervisor-3503", "head-3503");
    HttpResponse<String> formVariables = as("pengawas2").get("/engine-rest/task/" + decisionTask + "/form-variables");
    assertThat(formVariables.statusCode()).as(formVariables.body()).isEqualTo(200);
    JsonNode form = json(formVariables);
    assertThat(form.path("caseNumber").path("value").asText()).isEqualTo(registered.caseNumber());
    assertThat(form.path("fromRegencyName").path("value").asText()).isEqualTo("Kabupaten Tulungagung");
    assertThat(form.path("transferRisk").path("value").asText()).isEqualTo("Sedang");
    assertThat(form.path("transferCategory").path("value").asText()).isNotBlank();
    assertThat(form.path("transferProposedBy").path("value").asText()).contains("pengawas");
    assertThat(form.path("confidentialTransferReason").path("value").asText())
        .isEqualTo("Keluarga pindah ke Trenggalek.");
    assertThat(formVariables.body()).doesNotContain(CaseFixtures.CHILD_NAME, "2010-03-14", "mencuri",
        CaseFixtures.TULUNGAGUNG_VILLAGE);
    // The sending unit follows its proposal in Cockpit but has no task; nobody else sees either.
    assertThat(json(as("pengawas").get("/engine-rest/task?processInstanceId=" + transferInstance))).isEmpty();
    assertThat(as("pengawas").get("/engine-rest/process-instance/" + transferInstance).statusCode()).isEqualTo(200);
    assertThat(as("pengawas2").get("/engine-rest/process-instance/" + transferInstance).statusCode()).isEqualTo(200);
    for (String user : List.of("peksos1", "peksos3", "petugas", "rsud")) {
      assertThat(json(as(user).get("/engine-rest/task?processInstanceId=" + transferInstance))).as(user).isEmpty();
      assertThat(as(user).get("/engine-rest/process-instance/" + transferInstance).statusCode()).as(user)
          .isIn(403, 404);
    }
    // One e-mail per member of the receiving groups (the task e-mail), with the case number only.
    List<OutboxMessage> proposalMails = outbox.findByReferenceOrderById("task:" + decisionTask);
    assertThat(proposalMails).extracting(OutboxMessage::getRecipient).doesNotHaveDuplicates()
        .contains("pengawas2@demo.terpadu.invalid").noneMatch(r -> r.startsWith("pengawas@"));
    assertThat(proposalMails).allSatisfy(m -> {
      assertThat(m.getType()).isEqualTo(NotificationType.TASK_FOR_GROUP);
      assertThat(m.getSubject()).contains("Putuskan pemindahan kasus", registered.caseNumber());
      assertThat(m.getSubject() + m.getBody()).doesNotContain(CaseFixtures.CHILD_NAME, "Keluarga pindah");
    });

    work(as("pengawas2"), "pengawas2", transferInstance, "Task_DecideTransfer",
        "{\"transferDecision\":{\"value\":\"ACCEPT\"}}");

    JsonNode transfer = json(as("pengawas2").get(path + "/transfers")).get(0);
    assertThat(transfer.path("id").asLong()).isEqualTo(transferId);
    assertThat(transfer.path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(transfer.path("decidedBy").asText()).isEqualTo("pengawas2");
    assertThat(transfer.path("previousCaseworkerId").asText()).isEqualTo("peksos1");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(transferInstance).singleResult()
        .getEndActivityId()).isEqualTo("Event_TransferAccepted");
    // The proposer hears of the decision.
    assertThat(outbox.findByReferenceOrderById("transfer:" + transferId)).singleElement().satisfies(m -> {
      assertThat(m.getType()).isEqualTo(NotificationType.TRANSFER_DECIDED);
      assertThat(m.getRecipient()).isEqualTo("pengawas@demo.terpadu.invalid");
      assertThat(m.getSubject()).isEqualTo("[Terpadu] Pemindahan kasus diterima - " + registered.caseNumber());
      assertThat(m.getBody()).contains("Kabupaten Trenggalek").doesNotContain(CaseFixtures.CHILD_NAME);
    });

    // The sending unit no longer finds the case; the receiving unit reads it, same number, no caseworker yet.
    for (String user : List.of("pengawas", "kepala", "petugas", "peksos1")) {
      assertThat(as(user).get(path).statusCode()).as(user).isEqualTo(404);
      assertThat(as(user).get(path + "/timeline").statusCode()).as(user).isEqualTo(404);
    }
    HttpResponse<String> read = as("pengawas2").get(path);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode detail = json(read);
    assertThat(detail.path("caseNumber").asText()).isEqualTo(registered.caseNumber()).startsWith("ULT-3504-");
    assertThat(detail.path("regencyCode").asText()).isEqualTo("3503");
    assertThat(detail.path("regencyName").asText()).isEqualTo("Kabupaten Trenggalek");
    assertThat(detail.path("districtCode").asText()).isEqualTo("350301");
    assertThat(detail.path("villageCode").asText()).isEqualTo(CaseFixtures.TRENGGALEK_VILLAGE);
    assertThat(detail.path("status").asText()).isEqualTo("OPEN");
    assertThat(detail.path("stage").asText()).isEqualTo("ASSESSMENT");
    assertThat(detail.path("caseworkerId").isNull()).isTrue();
    assertThat(ids(json(as("pengawas2").get("/api/cases?size=100")))).contains(registered.caseId());
    assertThat(ids(json(as("pengawas").get("/api/cases?size=100")))).doesNotContain(registered.caseId());
    // The child's person record moves with the family: Trenggalek finds it, Tulungagung no longer does.
    String person = "/api/persons/" + detail.path("child").path("personId").asLong();
    assertThat(json(as("pengawas2").get(person)).path("person").path("villageCode").asText())
        .isEqualTo(CaseFixtures.TRENGGALEK_VILLAGE);
    assertThat(as("pengawas").get(person).statusCode()).isEqualTo(404);

    // The history stays with the case, and the transfer is in it.
    List<JsonNode> timeline = entries(as("pengawas2").get(path + "/timeline"));
    assertThat(timeline).extracting(e -> e.path("type").asText()).containsSubsequence(
        "CASE_REGISTERED", "TRIAGE_DECIDED", "TASK_COMPLETED", "TRANSFER_PROPOSED", "CASE_TRANSFERRED");
    assertThat(timeline).filteredOn(e -> e.path("type").asText().equals("CASE_TRANSFERRED")).singleElement()
        .satisfies(e -> {
          assertThat(e.path("title").asText()).isEqualTo("Kasus dipindahkan ke Kabupaten Trenggalek");
          assertThat(e.path("detail").asText()).isEqualTo("Dari Kabupaten Tulungagung");
          assertThat(e.path("actor").asText()).isEqualTo("pengawas2");
        });
    assertThat(timeline).filteredOn(e -> e.path("type").asText().equals("TRANSFER_PROPOSED")).singleElement()
        .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("pengawas"));
    JsonNode ofCase = json(as("pengawas2").get(path + "/transfers"));
    assertThat(ofCase).singleElement().satisfies(t ->
        assertThat(t.path("reason").asText()).isEqualTo("Keluarga pindah ke Trenggalek."));

    // Both units keep the record; the sending unit without the reason.
    assertThat(json(as("pengawas").get("/api/case-transfers"))).anySatisfy(t -> {
      assertThat(t.path("caseId").asLong()).isEqualTo(registered.caseId());
      assertThat(t.path("status").asText()).isEqualTo("ACCEPTED");
      assertThat(t.path("reason").isNull()).isTrue();
    });
    assertThat(json(as("pengawas2").get("/api/case-transfers")))
        .anySatisfy(t -> assertThat(t.path("caseId").asLong()).isEqualTo(registered.caseId()));
    assertThat(as("peksos1").get("/api/case-transfers").statusCode()).isEqualTo(403);

    // The open assessment moved to Trenggalek's supervisors, unassigned, until they choose a caseworker (need to
    // know: not to all of Trenggalek's caseworkers); Tulungagung's grants are gone.
    Task assessment = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(assessment.getTaskDefinitionKey()).isEqualTo("Task_ConductAssessment");
    assertThat(assessment.getAssignee()).isNull();
    assertThat(candidateGroups(assessment.getId())).containsExactly("supervisor-3503");
    assertThat(runtime.getVariable(instance, "regency")).isEqualTo("3503");
    assertThat(runtime.getVariable(instance, "caseworkerId")).isNull();
    assertThat(grantees(Resources.TASK, assessment.getId())).noneMatch(g -> g.endsWith("-3504"))
        .contains("supervisor-3503", "head-3503").doesNotContain("peksos1", "caseworker-3503");
    assertThat(grantees(Resources.PROCESS_INSTANCE, instance)).noneMatch(g -> g.endsWith("-3504"))
        .contains("supervisor-3503", "head-3503");
    assertThat(json(as("peksos1").get("/engine-rest/task?processInstanceId=" + instance))).isEmpty();
    assertThat(json(as("pengawas").get("/engine-rest/task?processInstanceId=" + instance))).isEmpty();
    assertThat(as("pengawas").get("/engine-rest/process-instance/" + instance).statusCode()).isIn(403, 404);
    assertThat(json(as("peksos3").get("/engine-rest/task?processInstanceId=" + instance))).isEmpty();
    assertThat(task(as("pengawas2"), instance, "Task_ConductAssessment").path("assignee").isNull()).isTrue();
    assertThat(task(as("pengawas2"), instance, "Task_ConductAssessment").path("id").asText())
        .isEqualTo(assessment.getId());
    assertThat(as("pengawas2").get("/engine-rest/process-instance/" + instance).statusCode()).isEqualTo(200);

    // The receiving supervisor chooses a caseworker of their own unit, who carries on.
    HttpResponse<String> notOurs = as("pengawas2").putJson(path + "/caseworker", "{\"caseworkerId\":\"peksos1\"}");
    assertThat(notOurs.statusCode()).isEqualTo(400);
    assertThat(json(notOurs).path("errors").get(0).path("field").asText()).isEqualTo("caseworkerId");
    assertThat(as("peksos3").putJson(path + "/caseworker", "{\"caseworkerId\":\"peksos3\"}").statusCode())
        .isEqualTo(403);
    assertThat(as("pengawas").putJson(path + "/caseworker", "{\"caseworkerId\":\"peksos3\"}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> assigned = as("pengawas2").putJson(path + "/caseworker", "{\"caseworkerId\":\"peksos3\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(json(as("peksos3").get(path)).path("caseworkerId").asText()).isEqualTo("peksos3");
    assertThat(task(as("peksos3"), instance, "Task_ConductAssessment").path("assignee").asText()).isEqualTo("peksos3");
    // Assigned: the supervisors' fallback group goes, they keep reading it; other caseworkers still see nothing.
    assertThat(candidateGroups(assessment.getId())).isEmpty();
    assertThat(grantees(Resources.TASK, assessment.getId())).contains("peksos3", "supervisor-3503", "head-3503")
        .noneMatch(g -> g.startsWith("caseworker-"));
    assertThat(task(as("pengawas2"), instance, "Task_ConductAssessment").path("assignee").asText()).isEqualTo("peksos3");
    assertThat(as("pengawas2").postJson("/engine-rest/task/" + assessment.getId() + "/complete", "{}").statusCode())
        .isEqualTo(403); // reading is oversight; the work is the caseworker's
    work(as("peksos3"), "peksos3", instance, "Task_ConductAssessment",
        "{\"confidentialAssessmentEducation\":{\"value\":\"Putus sekolah.\"},\"needsEducation\":{\"value\":true}}");
    Task plan = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(plan.getTaskDefinitionKey()).isEqualTo("Task_DraftServicePlan");
    assertThat(plan.getAssignee()).isEqualTo("peksos3");
    assertThat(candidateGroups(plan.getId())).isEmpty();
    assertThat(task(as("pengawas2"), instance, "Task_DraftServicePlan").path("id").asText()).isEqualTo(plan.getId());
    String offered = String.valueOf(runtime.getVariable(instance, "agencyOptions"));
    assertThat(offered).contains("dukcapil");

    // Decided: nobody decides again; already gone from Tulungagung: it cannot transfer it again.
    assertThat(as("pengawas2").postJson("/api/case-transfers/" + transferId + "/accept", "").statusCode())
        .isEqualTo(409);
    assertThat(as("pengawas").postJson(path + "/transfer", MOVE.replace("3503", "3504")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aCaseWaitingForAssignmentIsAssignedByTheReceivingUnit() {
    Registered registered = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    fixtures.accept(registered, "pengawas");
    String instance = registered.processInstanceId();
    assertThat(String.valueOf(runtime.getVariable(instance, "caseworkerOptions"))).contains("peksos1");
    // The supervisor had taken the task: the claim does not travel.
    String taskId = task(as("pengawas"), instance, "Task_AssignCaseworker").path("id").asText();
    assertThat(as("pengawas").postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"pengawas\"}")
        .statusCode()).isEqualTo(204);

    HttpResponse<String> proposed = as("kepala").postJson("/api/cases/" + registered.caseId() + "/transfer",
        "{\"toRegency\":\"3503\",\"reason\":\"Keluarga pindah.\"}");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);

    HttpResponse<String> moved = as("pengawas2").postJson(
        "/api/case-transfers/" + json(proposed).path("id").asLong() + "/accept", "");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(json(moved).path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(json(moved).path("decidedBy").asText()).isEqualTo("pengawas2");
    assertThat(history.createHistoricProcessInstanceQuery()
        .processInstanceId(json(proposed).path("processInstanceId").asText()).singleResult().getEndActivityId())
        .isEqualTo("Event_TransferAccepted");
    ChildCase after = transactions.execute(s -> cases.findById(registered.caseId()).orElseThrow());
    assertThat(after.getRegencyCode()).isEqualTo("3503");
    assertThat(after.getDistrictCode()).isNull();
    assertThat(after.getVillageCode()).isNull();
    JsonNode assignment = task(as("pengawas2"), instance, "Task_AssignCaseworker");
    assertThat(assignment.path("assignee").isNull()).isTrue();
    assertThat(json(as("pengawas").get("/engine-rest/task?processInstanceId=" + instance))).isEmpty();
    String options = String.valueOf(runtime.getVariable(instance, "caseworkerOptions"));
    assertThat(options).contains("peksos3").doesNotContain("peksos1", "peksos2");
    fixtures.assign(registered, "pengawas2", "peksos3");
    assertThat(task(as("peksos3"), instance, "Task_ConductAssessment").path("assignee").asText()).isEqualTo("peksos3");
    assertThat(json(as("peksos3").get("/api/cases/" + registered.caseId())).path("caseworkerId").asText())
        .isEqualTo("peksos3");
  }

  @Test
  void runningReferralsStayWithTheirAgencyAndTheirUnitTasksMove() {
    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos2");
    fixtures.referring(registered, "pengawas", "peksos2");
    ProcessInstance referral = runtime.createProcessInstanceQuery()
        .superProcessInstanceId(registered.processInstanceId()).singleResult();
    ApiClient dukcapil = as("dukcapil");
    work(dukcapil, "dukcapil", referral.getId(), "Task_DecideOnReferral", "{\"referralDecision\":{\"value\":\"ACCEPT\"}}");
    String report = task(dukcapil, referral.getId(), "Task_ReportService").path("id").asText();
    assertThat(dukcapil.postJson("/engine-rest/task/" + report + "/claim", "{\"userId\":\"dukcapil\"}").statusCode())
        .isEqualTo(204);
    assertThat(runtime.getVariable(referral.getId(), "contactCaseworker")).isEqualTo("peksos2");
    assertThat(grantees(Resources.PROCESS_INSTANCE, referral.getId())).contains("supervisor-3504");

    HttpResponse<String> moved = proposeAndAccept(registered.caseId());

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    // The agency keeps its task and its claim; the unit's oversight moved.
    Task agencyTask = tasks.createTaskQuery().processInstanceId(referral.getId()).singleResult();
    assertThat(agencyTask.getAssignee()).isEqualTo("dukcapil");
    assertThat(candidateGroups(agencyTask.getId())).containsExactly("agency-dukcapil");
    assertThat(grantees(Resources.TASK, agencyTask.getId())).contains("agency-dukcapil", "dukcapil",
        "supervisor-3503", "head-3503").noneMatch(g -> g.endsWith("-3504"));
    assertThat(grantees(Resources.PROCESS_INSTANCE, referral.getId())).contains("supervisor-3503")
        .noneMatch(g -> g.endsWith("-3504"));
    assertThat(runtime.getVariable(referral.getId(), "regency")).isEqualTo("3503");
    assertThat(runtime.getVariable(referral.getId(), "contactCaseworker")).isNull();
    List<Referral> ofCase = transactions.execute(s -> referrals.findByCaseIdOrderById(registered.caseId()));
    assertThat(ofCase).extracting(Referral::getRegencyCode).containsOnly("3503");

    // The agency reports; verification is the receiving unit's caseworker's task.
    work(dukcapil, "dukcapil", referral.getId(), "Task_ReportService", "{\"serviceOutcome\":{\"value\":\"DONE\"},"
        + "\"serviceDate\":{\"value\":\"" + java.time.LocalDate.now() + "\"},"
        + "\"confidentialServiceNote\":{\"value\":\"Akta terbit.\"}}");
    Task verify = tasks.createTaskQuery().processInstanceId(referral.getId()).singleResult();
    assertThat(verify.getTaskDefinitionKey()).isEqualTo("Task_VerifyService");
    assertThat(verify.getAssignee()).isNull();
    // No contact caseworker yet: the receiving unit's supervisors get it until they choose one.
    assertThat(candidateGroups(verify.getId())).containsExactly("supervisor-3503");
    assertThat(json(as("peksos2").get("/engine-rest/task?processInstanceId=" + referral.getId()))).isEmpty();
    assertThat(json(as("peksos3").get("/engine-rest/task?processInstanceId=" + referral.getId()))).isEmpty();
    assertThat(task(as("pengawas2"), referral.getId(), "Task_VerifyService").path("id").asText())
        .isEqualTo(verify.getId());
    assertThat(outbox.findByReferenceOrderById("task:" + verify.getId()))
        .filteredOn(m -> m.getType() == NotificationType.TASK_FOR_GROUP).extracting(OutboxMessage::getRecipientUserId)
        .contains("pengawas2").doesNotContain("peksos3", "peksos2", "pengawas");

    assertThat(as("pengawas2").putJson("/api/cases/" + registered.caseId() + "/caseworker",
        "{\"caseworkerId\":\"peksos3\"}").statusCode()).isEqualTo(200);
    assertThat(tasks.createTaskQuery().taskId(verify.getId()).singleResult().getAssignee()).isEqualTo("peksos3");
    assertThat(candidateGroups(verify.getId())).isEmpty();
    assertThat(outbox.findByReferenceOrderById("task:" + verify.getId()))
        .filteredOn(m -> m.getType() == NotificationType.TASK_ASSIGNED).extracting(OutboxMessage::getRecipientUserId)
        .containsExactly("peksos3");
    assertThat(runtime.getVariable(referral.getId(), "contactCaseworker")).isEqualTo("peksos3");
    assertThat(runtime.getVariable(referral.getId(), "contactCaseworkerName")).isEqualTo("Hadi Purnomo");
    work(as("peksos3"), "peksos3", referral.getId(), "Task_VerifyService",
        "{\"verificationDecision\":{\"value\":\"VERIFIED\"}}");
  }

  @Test
  void anInvalidTransferChangesNothing() {
    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    String transfer = "/api/cases/" + registered.caseId() + "/transfer";

    assertThat(as("peksos1").postJson(transfer, MOVE).statusCode()).isEqualTo(403);
    assertThat(as("petugas").postJson(transfer, MOVE).statusCode()).isEqualTo(403);
    assertThat(as("rsud").postJson(transfer, MOVE).statusCode()).isEqualTo(403);
    assertThat(as("provinsi").postJson(transfer, MOVE).statusCode()).isEqualTo(403);
    assertThat(as("pengawas2").postJson(transfer, MOVE).statusCode()).isEqualTo(404);
    assertThat(as("pengawas").postJson("/api/cases/987654321/transfer", MOVE).statusCode()).isEqualTo(404);

    assertFieldProblems(transfer, "{\"toRegency\":\"3504\",\"reason\":\"Pindah.\"}", "toRegency:SAME_REGENCY");
    assertFieldProblems(transfer, "{\"toRegency\":\"3599\",\"reason\":\"Pindah.\"}", "toRegency:UNKNOWN_CODE");
    assertFieldProblems(transfer, "{\"toRegency\":\"350401\",\"reason\":\"Pindah.\"}", "toRegency:UNKNOWN_CODE");
    // Pacitan exists but has no unit in the demo organisation.
    assertFieldProblems(transfer, "{\"toRegency\":\"3501\",\"reason\":\"Pindah.\"}", "toRegency:NO_UNIT");
    assertFieldProblems(transfer, "{\"toRegency\":\"3503\",\"reason\":\" \"}", "reason:REQUIRED");
    assertFieldProblems(transfer, "{\"toRegency\":\"3503\",\"reason\":\"" + "x".repeat(1001) + "\"}",
        "reason:LENGTH");
    assertFieldProblems(transfer, "{}", "toRegency:REQUIRED", "reason:REQUIRED");
    assertFieldProblems(transfer, "{\"toRegency\":\"3503\",\"reason\":\"Pindah.\",\"villageCode\":\""
        + CaseFixtures.TULUNGAGUNG_VILLAGE + "\",\"districtCode\":\"350401\"}",
        "villageCode:UNKNOWN_CODE", "districtCode:UNKNOWN_CODE");

    ChildCase unchanged = transactions.execute(s -> cases.findById(registered.caseId()).orElseThrow());
    assertThat(unchanged.getRegencyCode()).isEqualTo("3504");
    assertThat(unchanged.getCaseworkerId()).isEqualTo("peksos1");
    assertThat(json(as("pengawas").get("/api/cases/" + registered.caseId() + "/transfers"))).isEmpty();
    assertThat(runtime.getVariable(registered.processInstanceId(), "regency")).isEqualTo("3504");

    Registered closed = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    fixtures.notACase(closed, "pengawas");
    HttpResponse<String> conflict = as("pengawas").postJson("/api/cases/" + closed.caseId() + "/transfer", MOVE);
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(json(conflict).path("code").asText()).isEqualTo("CASE_CLOSED");

    // Before the assignment step the assignment task decides, not the reassignment API.
    Registered triage = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    HttpResponse<String> early = as("pengawas").putJson("/api/cases/" + triage.caseId() + "/caseworker",
        "{\"caseworkerId\":\"peksos1\"}");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(json(early).path("code").asText()).isEqualTo("CASE_NOT_ASSIGNABLE");
  }

  @Test
  void theReceivingUnitDeclinesAndTheSendingUnitWithdraws() {
    Registered registered = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    String path = "/api/cases/" + registered.caseId();
    JsonNode first = json(as("pengawas").postJson(path + "/transfer", MOVE));
    String decide = "/api/case-transfers/" + first.path("id").asLong();

    // One open proposal per case.
    HttpResponse<String> again = as("kepala").postJson(path + "/transfer", MOVE);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("code").asText()).isEqualTo("TRANSFER_PENDING");

    // Only the receiving unit's supervisors and head decide; the sending unit does not find it to decide.
    HttpResponse<String> wrongUnit = as("pengawas").postJson(decide + "/accept", "");
    assertThat(wrongUnit.statusCode()).isEqualTo(404);
    assertThat(json(wrongUnit).path("code").asText()).isEqualTo("TRANSFER_NOT_FOUND");
    assertThat(as("kepala").postJson(decide + "/decline", "{\"note\":\"x\"}").statusCode()).isEqualTo(404);
    assertThat(as("peksos3").postJson(decide + "/accept", "").statusCode()).isEqualTo(403);
    assertThat(as("petugas2").postJson(decide + "/accept", "").statusCode()).isEqualTo(403);
    assertThat(as("pengawas").postJson("/api/case-transfers/987654321/accept", "").statusCode()).isEqualTo(404);
    assertThat(as("pengawas2").postJson(decide + "/withdraw", "").statusCode()).isEqualTo(404);
    HttpResponse<String> noNote = as("pengawas2").postJson(decide + "/decline", "{\"note\":\"  \"}");
    assertThat(noNote.statusCode()).isEqualTo(400);
    assertThat(json(noNote).path("errors").get(0).path("field").asText()).isEqualTo("note");
    assertThat(as("pengawas2").postJson(decide + "/decline", "").statusCode()).isEqualTo(400);
    // In Tasklist the form's decline needs the note too, and the task stays open.
    String taskId = task(as("pengawas2"), first.path("processInstanceId").asText(), "Task_DecideTransfer")
        .path("id").asText();
    HttpResponse<String> bare = as("pengawas2").postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"transferDecision\":{\"value\":\"DECLINE\"}}}");
    assertThat(bare.statusCode()).isEqualTo(400);
    assertThat(json(bare).path("message").asText()).isEqualTo("Tuliskan alasan menolak pemindahan kasus.");

    HttpResponse<String> declined = as("pengawas2").postJson(decide + "/decline",
        "{\"note\":\"Alamat keluarga di Trenggalek belum dapat dipastikan.\"}");

    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
    assertThat(json(declined).path("status").asText()).isEqualTo("DECLINED");
    assertThat(json(declined).path("decisionNote").isNull()).isTrue(); // read on the case, by its unit
    // Nothing changed on the case; Tulungagung keeps it and reads why.
    ChildCase unchanged = transactions.execute(s -> cases.findById(registered.caseId()).orElseThrow());
    assertThat(unchanged.getRegencyCode()).isEqualTo("3504");
    assertThat(unchanged.getCaseworkerId()).isEqualTo("peksos1");
    assertThat(as("pengawas2").get(path).statusCode()).isEqualTo(404);
    assertThat(task(as("peksos1"), registered.processInstanceId(), "Task_ConductAssessment").path("assignee")
        .asText()).isEqualTo("peksos1");
    assertThat(json(as("pengawas").get(path + "/transfers"))).singleElement().satisfies(t -> {
      assertThat(t.path("status").asText()).isEqualTo("DECLINED");
      assertThat(t.path("decidedBy").asText()).isEqualTo("pengawas2");
      assertThat(t.path("decisionNote").asText()).isEqualTo("Alamat keluarga di Trenggalek belum dapat dipastikan.");
    });
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(first.path("processInstanceId")
        .asText()).singleResult().getEndActivityId()).isEqualTo("Event_TransferDeclined");
    assertThat(outbox.findByReferenceOrderById("transfer:" + first.path("id").asLong())).singleElement()
        .satisfies(m -> {
          assertThat(m.getRecipient()).isEqualTo("pengawas@demo.terpadu.invalid");
          assertThat(m.getSubject()).isEqualTo("[Terpadu] Pemindahan kasus ditolak - " + registered.caseNumber());
          assertThat(m.getBody()).doesNotContain("Alamat keluarga", CaseFixtures.CHILD_NAME);
        });
    assertThat(as("pengawas2").postJson(decide + "/accept", "").statusCode()).isEqualTo(409);
    assertThat(json(as("pengawas2").get("/api/case-transfers"))).anySatisfy(t -> {
      assertThat(t.path("id").asLong()).isEqualTo(first.path("id").asLong());
      assertThat(t.path("status").asText()).isEqualTo("DECLINED");
      assertThat(t.path("decisionNote").isNull()).isTrue();
    });

    // A new proposal, withdrawn by the sending unit: the receiving unit's task ends, nothing moves.
    JsonNode second = json(as("pengawas").postJson(path + "/transfer", MOVE));
    assertThat(second.path("status").asText()).isEqualTo("PROPOSED");
    String secondInstance = second.path("processInstanceId").asText();
    task(as("pengawas2"), secondInstance, "Task_DecideTransfer");

    HttpResponse<String> withdrawn = as("kepala").postJson("/api/case-transfers/" + second.path("id").asLong()
        + "/withdraw", "{\"note\":\"Keluarga batal pindah.\"}");

    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(json(withdrawn).path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(json(withdrawn).path("decidedBy").asText()).isEqualTo("kepala");
    assertThat(tasks.createTaskQuery().processInstanceId(secondInstance).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(secondInstance).singleResult()
        .getEndActivityId()).isEqualTo("Event_TransferWithdrawn");
    // The receiving unit's supervisors and head learn that their decision task is gone; no child identity, no note.
    assertThat(outbox.findByReferenceOrderById("transfer:" + second.path("id").asLong())).isNotEmpty()
        .allSatisfy(m -> {
          assertThat(m.getType()).isEqualTo(NotificationType.TRANSFER_WITHDRAWN);
          assertThat(m.getSubject())
              .isEqualTo("[Terpadu] Usulan pemindahan kasus ditarik - " + registered.caseNumber());
          assertThat(m.getBody()).contains("Tulungagung", "Trenggalek")
              .doesNotContain(CaseFixtures.CHILD_NAME, "Keluarga batal pindah");
        })
        .extracting(OutboxMessage::getRecipient).doesNotHaveDuplicates()
        .contains("pengawas2@demo.terpadu.invalid").doesNotContain("pengawas@demo.terpadu.invalid");
    // Both units' actions on the transfer are in the access log: the withdrawal (sending unit), and the receiving
    // unit's attempt to withdraw what is not theirs to withdraw (404, no hint).
    assertThat(as("pengawas2").postJson("/api/case-transfers/" + second.path("id").asLong() + "/withdraw", "")
        .statusCode()).isEqualTo(404);
    JsonNode log = json(as("admin").get("/api/access-log?case=" + registered.caseId() + "&size=200"));
    assertThat(StreamSupport.stream(log.path("items").spliterator(), false)
        .filter(r -> r.path("action").asText().startsWith("POST /api/case-transfers/"))
        .map(r -> r.path("userId").asText() + " " + r.path("action").asText() + " " + r.path("outcome").asText()
            + " " + r.path("httpStatus").asInt()))
        .contains("kepala POST /api/case-transfers/{id}/withdraw ALLOWED 200",
            "pengawas2 POST /api/case-transfers/{id}/withdraw NOT_FOUND 404",
            "pengawas2 POST /api/case-transfers/{id}/decline ALLOWED 200");
    assertThat(as("pengawas2").postJson("/api/case-transfers/" + second.path("id").asLong() + "/accept", "")
        .statusCode()).isEqualTo(409);
    assertThat(as("pengawas").postJson("/api/case-transfers/" + second.path("id").asLong() + "/withdraw", "")
        .statusCode()).isEqualTo(409);
    assertThat(transactions.execute(s -> cases.findById(registered.caseId()).orElseThrow()).getRegencyCode())
        .isEqualTo("3504");
    assertThat(entries(as("pengawas").get(path + "/timeline"))).extracting(e -> e.path("type").asText())
        .containsSubsequence("TRANSFER_PROPOSED", "TRANSFER_DECLINED", "TRANSFER_PROPOSED", "TRANSFER_WITHDRAWN")
        .doesNotContain("CASE_TRANSFERRED");
  }

  @Test
  void aCaseClosedWhileTheProposalIsOpenCanOnlyBeDeclined() {
    Registered registered = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    JsonNode proposal = json(as("pengawas").postJson("/api/cases/" + registered.caseId() + "/transfer", MOVE));
    String instance = proposal.path("processInstanceId").asText();
    fixtures.notACase(registered, "pengawas");

    HttpResponse<String> accepted = as("pengawas2").postJson("/api/case-transfers/" + proposal.path("id").asLong()
        + "/accept", "");
    assertThat(accepted.statusCode()).isEqualTo(409);
    assertThat(json(accepted).path("code").asText()).isEqualTo("CASE_CLOSED");
    String taskId = task(as("pengawas2"), instance, "Task_DecideTransfer").path("id").asText();
    HttpResponse<String> inTasklist = as("pengawas2").postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"transferDecision\":{\"value\":\"ACCEPT\"}}}");
    assertThat(inTasklist.statusCode()).isEqualTo(400);
    assertThat(json(inTasklist).path("message").asText()).contains("sudah ditutup");
    assertThat(transactions.execute(s -> cases.findById(registered.caseId()).orElseThrow()).getRegencyCode())
        .isEqualTo("3504");

    work(as("pengawas2"), "pengawas2", instance, "Task_DecideTransfer",
        "{\"transferDecision\":{\"value\":\"DECLINE\"},"
            + "\"confidentialTransferDecisionNote\":{\"value\":\"Kasus sudah ditutup.\"}}");
    assertThat(json(as("pengawas").get("/api/cases/" + registered.caseId() + "/transfers"))).singleElement()
        .satisfies(t -> assertThat(t.path("status").asText()).isEqualTo("DECLINED"));
  }

  /** Tulungagung proposes the move to Trenggalek, Trenggalek's supervisor accepts through the API. */
  @Test
  void theChildsVulnerableRegistryEntryMovesWithTheCase() {
    Registered registered = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE);
    long child = json(as("pengawas").get("/api/cases/" + registered.caseId())).path("child").path("personId")
        .asLong();
    HttpResponse<String> entry = as("pengawas").postJson("/api/vulnerable/entries",
        "{\"personId\":" + child + ",\"categories\":[{\"code\":\"VULNERABLE_CHILD\"}]}");
    assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
    long entryId = json(entry).path("entry").path("id").asLong();
    assertThat(as("pengawas2").get("/api/vulnerable/entries/" + entryId).statusCode()).isEqualTo(404);

    HttpResponse<String> moved = proposeAndAccept(registered.caseId());
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

    // The entry lies where the child now lives: the receiving unit has it, the sending unit no longer.
    HttpResponse<String> there = as("pengawas2").get("/api/vulnerable/entries/" + entryId);
    assertThat(there.statusCode()).as(there.body()).isEqualTo(200);
    assertThat(json(there).path("entry").path("regencyCode").asText()).isEqualTo("3503");
    assertThat(as("pengawas").get("/api/vulnerable/entries/" + entryId).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> proposeAndAccept(long caseId) {
    HttpResponse<String> proposed = as("pengawas").postJson("/api/cases/" + caseId + "/transfer", MOVE);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    return as("pengawas2").postJson("/api/case-transfers/" + json(proposed).path("id").asLong() + "/accept", "");
  }

  private void assertFieldProblems(String path, String body, String... expected) {
    HttpResponse<String> response = as("pengawas").postJson(path, body);
    assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
    JsonNode problem = json(response);
    assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.path("errors")).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactlyInAnyOrder(expected);
    assertThat(problem.path("errors")).allSatisfy(e -> assertThat(e.path("message").asText()).isNotBlank());
  }

  private ApiClient as(String user) {
    return fixtures.as(user);
  }

  private Set<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
  }

  /** Groups and users granted anything on one resource. */
  private Set<String> grantees(Resources resource, String id) {
    return authorizations.createAuthorizationQuery().resourceType(resource).resourceId(id).list().stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .map(a -> a.getGroupId() != null ? a.getGroupId() : a.getUserId()).collect(Collectors.toSet());
  }

  private static List<Long> ids(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).map(i -> i.path("id").asLong()).toList();
  }

  private static List<JsonNode> entries(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StreamSupport.stream(json(response).spliterator(), false).toList();
  }
}
