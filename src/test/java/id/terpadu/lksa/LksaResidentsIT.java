package id.terpadu.lksa;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.notification.NotificationType;
import id.terpadu.notification.OutboxRepository;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Institutions, residents and attendance with the demo users: Tulungagung's supervisor registers an institution
 * and places the child of a case in the demo institution {@code budi-mulia}, whose staff ({@code lksa1}) see only
 * their own residents and record attendance from the phone (inside, too far with and without a reason, no
 * location); the case's caseworker sees the placement; a discharge to the family gives them a monitoring task.
 * Trenggalek's staff see none of it (404). An institution with residents and no attendance by 10:00 reminds its
 * staff once a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LksaResidentsIT {

  /** The demo institution's coordinates. */
  static final double LAT = -8.0655;
  static final double LON = 111.9025;

  @LocalServerPort int port;
  @Autowired AttendanceReminders reminders;
  @Autowired OutboxRepository outbox;
  @Autowired IdentityService identity;
  CaseFixtures fixtures;
  String suffix = UUID.randomUUID().toString().substring(0, 8);
  long demoInstitution;
  long otherInstitution;
  CaseFixtures.Registered theCase;
  CaseFixtures.Registered trenggalekCase;
  long childId;
  long resident;
  long otherResident;

  ApiClient as(String user) {
    return ApiClient.basic(port, user, "demo");
  }

  @BeforeAll
  void setUp() {
    fixtures = new CaseFixtures(port);
    JsonNode mine = json(as("lksa1").get("/api/lksa/institutions"));
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("code").asText()).isEqualTo("budi-mulia");
    demoInstitution = mine.get(0).get("id").asLong();
    theCase = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas", "peksos1");
    childId = json(as("pengawas").get("/api/cases/" + theCase.caseId())).get("child").get("personId").asLong();
    trenggalekCase = fixtures.register("petugas2", CaseFixtures.TRENGGALEK_VILLAGE);
  }

  static String institution(String code, String regency, String district, String village) {
    return """
        {"code":"%s","name":"LKSA Uji %s","type":"RPSA","address":"Jl. Uji 1","regencyCode":"%s",
         "districtCode":%s,"villageCode":%s,"latitude":-8.07,"longitude":111.9,"capacity":2,
         "accreditation":"NOT_ACCREDITED","contactName":"Bu Uji","contactPhone":"0812 1111 2222"}
        """.formatted(code, code, regency, district == null ? "null" : "\"" + district + "\"",
        village == null ? "null" : "\"" + village + "\"");
  }

  @Test
  @Order(1)
  void invalidInstitutionsAreRefusedWithEveryFieldAndNothingIsStored() {
    int before = json(as("pengawas").get("/api/lksa/institutions")).size();
    HttpResponse<String> invalid = as("pengawas").postJson("/api/lksa/institutions", """
        {"code":"Bad Code!","name":" ","type":"HOTEL","address":"","regencyCode":"3504","districtCode":"350301",
         "latitude":52.5,"longitude":null,"capacity":0,"accreditation":"Z","contactPhone":"abc",
         "contactEmail":"no-at"}""");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode body = json(invalid);
    assertThat(body.get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(body.get("detail").asText()).isEqualTo("The request has invalid fields.");
    assertThat(body.get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("code", "name",
        "type", "address", "districtCode", "latitude", "longitude", "capacity", "accreditation", "contactPhone",
        "contactEmail");
    assertThat(body.get("errors")).extracting(e -> e.get("message").asText())
        .contains("Nama lembaga wajib diisi.", "Kecamatan tidak berada di kabupaten/kota yang dipilih.",
            "Daya tampung harus antara 1 dan 1000 anak.", "Jenis lembaga tidak dikenal.");
    assertThat(json(as("pengawas").get("/api/lksa/institutions"))).hasSize(before);
  }

  @Test
  @Order(1)
  void theFormsChoicesComeWithTheirLabels() {
    JsonNode options = json(as("pengawas").get("/api/lksa/options"));
    assertThat(options.get("types")).anySatisfy(o -> {
      assertThat(o.get("code").asText()).isEqualTo("RPSA");
      assertThat(o.get("label").asText()).isEqualTo("Rumah Perlindungan Sosial Anak (RPSA)");
    });
    assertThat(options.get("accreditations")).hasSize(Accreditation.values().length);
    assertThat(options.get("admissionReasons")).extracting(o -> o.get("code").asText()).contains("NEGLECT");
    assertThat(options.get("dischargeDestinations")).extracting(o -> o.get("label").asText())
        .contains("Kembali ke keluarga");
  }

  @Test
  @Order(2)
  void theRegencysSupervisorRegistersInItsOwnRegionOnly() {
    String code = "uji-" + suffix;
    HttpResponse<String> created = as("pengawas").postJson("/api/lksa/institutions",
        institution(code, "3504", "350402", null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    otherInstitution = json(created).get("id").asLong();
    assertThat(json(created).get("staffGroup").asText()).isEqualTo("lksa-" + code);
    assertThat(as("pengawas").postJson("/api/lksa/institutions", institution(code, "3504", null, null))
        .statusCode()).isEqualTo(409);
    assertThat(as("pengawas").postJson("/api/lksa/institutions", institution("x-" + suffix, "3503", null, null))
        .statusCode()).isEqualTo(404);
    assertThat(as("peksos1").postJson("/api/lksa/institutions", institution("y-" + suffix, "3504", null, null))
        .statusCode()).isEqualTo(403);
    assertThat(as("lksa1").putJson("/api/lksa/institutions/" + demoInstitution,
        institution("budi-mulia", "3504", null, null)).statusCode()).isEqualTo(403);

    HttpResponse<String> edited = as("pengawas").putJson("/api/lksa/institutions/" + otherInstitution,
        institution(code, "3504", "350402", null).replace("\"capacity\":2", "\"capacity\":3"));
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(json(edited).get("capacity").asInt()).isEqualTo(3);
    assertThat(json(edited).get("code").asText()).isEqualTo(code);

    assertThat(as("pengawas2").get("/api/lksa/institutions/" + otherInstitution).statusCode()).isEqualTo(404);
    assertThat(as("pengawas2").putJson("/api/lksa/institutions/" + otherInstitution,
        institution(code, "3503", null, null)).statusCode()).isEqualTo(404);
    assertThat(json(as("pengawas2").get("/api/lksa/institutions")))
        .noneMatch(i -> i.get("regencyCode").asText().equals("3504"));
    assertThat(as("admin").get("/api/lksa/institutions/" + otherInstitution).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void theSupervisorAdmitsTheChildOfTheCaseOnceAtATime() {
    String admission = "{\"personId\":" + childId + ",\"caseId\":" + theCase.caseId()
        + ",\"admittedOn\":\"" + today() + "\",\"reason\":\"NEGLECT\"}";
    assertThat(as("lksa1").postJson("/api/lksa/institutions/" + demoInstitution + "/residents", admission)
        .statusCode()).isEqualTo(403);
    assertThat(as("pengawas2").postJson("/api/lksa/institutions/" + demoInstitution + "/residents", admission)
        .statusCode()).isEqualTo(404);

    HttpResponse<String> invalid = as("pengawas").postJson("/api/lksa/institutions/" + demoInstitution + "/residents",
        "{\"personId\":999999999,\"caseId\":999999999,\"admittedOn\":\"" + today().plusDays(3)
            + "\",\"reason\":\"BORED\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("personId", "caseId", "admittedOn", "reason");

    // The referring case by its number, as users know it: a number outside the caller's scope is a field error.
    HttpResponse<String> otherUnitsCase = as("pengawas").postJson("/api/lksa/institutions/" + demoInstitution
        + "/residents", "{\"personId\":" + childId + ",\"caseNumber\":\"" + trenggalekCase.caseNumber()
        + "\",\"admittedOn\":\"" + today() + "\",\"reason\":\"NEGLECT\"}");
    assertThat(otherUnitsCase.statusCode()).isEqualTo(400);
    assertThat(json(otherUnitsCase).get("errors")).singleElement().satisfies(e -> {
      assertThat(e.get("field").asText()).isEqualTo("caseNumber");
      assertThat(e.get("message").asText()).isEqualTo("Nomor kasus tidak ditemukan atau di luar wilayah kerja Anda.");
    });
    HttpResponse<String> admitted = as("pengawas").postJson("/api/lksa/institutions/" + demoInstitution
        + "/residents", admission.replace("\"caseId\":" + theCase.caseId(),
            "\"caseNumber\":\"" + theCase.caseNumber().toLowerCase() + "\""));
    assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
    resident = json(admitted).get("id").asLong();
    assertThat(json(admitted).get("name").asText()).isEqualTo(CaseFixtures.CHILD_NAME);
    assertThat(json(admitted).get("caseId").asLong()).isEqualTo(theCase.caseId());

    HttpResponse<String> again = as("pengawas").postJson("/api/lksa/institutions/" + otherInstitution + "/residents",
        admission);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).get("code").asText()).isEqualTo("LKSA_OPEN_STAY_EXISTS");

    // A second child, in the other institution.
    long other = fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE).caseId();
    long otherChild = json(as("pengawas").get("/api/cases/" + other)).get("child").get("personId").asLong();
    HttpResponse<String> second = as("pengawas").postJson("/api/lksa/institutions/" + otherInstitution
        + "/residents", "{\"personId\":" + otherChild + ",\"admittedOn\":\"" + today() + "\",\"reason\":\"POVERTY\"}");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    otherResident = json(second).get("id").asLong();
  }

  @Test
  @Order(4)
  void anInstitutionsStaffSeeOnlyTheirOwnResidents() {
    ApiClient lksa1 = as("lksa1");
    assertThat(json(lksa1.get("/api/lksa/institutions/" + demoInstitution + "/residents")))
        .extracting(r -> r.get("id").asLong()).contains(resident).doesNotContain(otherResident);
    assertThat(lksa1.get("/api/lksa/residents/" + resident).statusCode()).isEqualTo(200);
    assertThat(lksa1.get("/api/lksa/residents/" + otherResident).statusCode()).isEqualTo(404);
    assertThat(lksa1.get("/api/lksa/institutions/" + otherInstitution).statusCode()).isEqualTo(404);
    assertThat(lksa1.get("/api/lksa/institutions/" + otherInstitution + "/residents").statusCode()).isEqualTo(404);
    assertThat(lksa1.get("/api/cases/" + theCase.caseId()).statusCode()).isEqualTo(404);

    assertThat(as("pengawas").get("/api/lksa/residents/" + otherResident).statusCode()).isEqualTo(200);
    assertThat(json(as("pengawas").get("/api/lksa/institutions/" + otherInstitution)).get("residents").asLong())
        .isEqualTo(1);
    assertThat(json(as("pengawas").get("/api/lksa/institutions")))
        .filteredOn(i -> i.get("id").asLong() == otherInstitution).singleElement()
        .satisfies(i -> assertThat(i.get("residents").asLong()).isEqualTo(1));
    assertThat(as("pengawas2").get("/api/lksa/residents/" + resident).statusCode()).isEqualTo(404);
    assertThat(as("pengawas2").get("/api/lksa/institutions/" + demoInstitution + "/residents").statusCode())
        .isEqualTo(404);
    assertThat(as("peksos1").get("/api/lksa/institutions/" + demoInstitution + "/residents").statusCode())
        .isEqualTo(403);
    assertThat(as("admin").get("/api/lksa/residents/" + resident).statusCode()).isEqualTo(404);
  }

  @Test
  @Order(5)
  void attendanceInsideTheInstitutionIsRecordedOncePerDay() {
    HttpResponse<String> first = attend("lksa1", resident, LAT + 0.0005, LON + 0.0005, 12.0, null, null);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode recorded = json(first);
    assertThat(recorded.get("status").asText()).isEqualTo("PRESENT");
    assertThat(recorded.get("distanceMeters").asDouble()).isBetween(70.0, 90.0);
    assertThat(recorded.get("accuracy").asDouble()).isEqualTo(12.0);
    assertThat(recorded.get("created").asBoolean()).isTrue();

    HttpResponse<String> corrected = attend("lksa1", resident, LAT, LON, 5.0, "SICK", null);
    assertThat(corrected.statusCode()).isEqualTo(200);
    assertThat(json(corrected).get("id").asLong()).isEqualTo(recorded.get("id").asLong());
    assertThat(json(corrected).get("status").asText()).isEqualTo("SICK");
    assertThat(json(as("lksa1").get("/api/lksa/institutions/" + demoInstitution + "/residents")))
        .filteredOn(r -> r.get("id").asLong() == resident)
        .allMatch(r -> r.get("attendanceToday").asText().equals("SICK"));
  }

  @Test
  @Order(6)
  void aLocationTooFarIsRefusedUnlessAReasonIsGiven() {
    // 0.01° of latitude is about 1.1 km.
    HttpResponse<String> tooFar = attend("lksa1", resident, LAT - 0.01, LON, 8.0, null, null);
    assertThat(tooFar.statusCode()).isEqualTo(400);
    JsonNode problem = json(tooFar);
    assertThat(problem.get("code").asText()).isEqualTo("LKSA_LOCATION_TOO_FAR");
    assertThat(problem.get("errors").get(0).get("message").asText())
        .startsWith("Lokasi Anda sekitar 111").contains("(batas 200 m)");
    assertThat(json(as("lksa1").get("/api/lksa/residents/" + resident)).get("attendanceToday").asText())
        .isEqualTo("SICK"); // nothing stored

    HttpResponse<String> withReason = attend("lksa1", resident, LAT - 0.01, LON, 8.0, "PRESENT",
        "Anak dibawa ke puskesmas, dicatat di sana.");
    assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(200);
    assertThat(json(withReason).get("locationReason").asText()).isEqualTo("Anak dibawa ke puskesmas, dicatat di sana.");
    assertThat(json(withReason).get("distanceMeters").asDouble()).isBetween(1100.0, 1125.0);
  }

  @Test
  @Order(7)
  void aMissingLocationIsRefusedUnlessAReasonIsGiven() {
    HttpResponse<String> missing = attend("lksa1", resident, null, null, null, null, null);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).get("code").asText()).isEqualTo("LKSA_LOCATION_MISSING");
    assertThat(json(missing).get("errors").get(0).get("message").asText())
        .startsWith("Lokasi perangkat tidak terbaca.");
    HttpResponse<String> halfLocation = attend("lksa1", resident, LAT, null, null, null, null);
    assertThat(halfLocation.statusCode()).isEqualTo(400);
    assertThat(json(halfLocation).get("code").asText()).isEqualTo("VALIDATION_FAILED");

    HttpResponse<String> withReason = attend("lksa1", resident, null, null, null, null, "GPS ponsel rusak.");
    assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(200);
    assertThat(json(withReason).get("latitude").isNull()).isTrue();
  }

  @Test
  @Order(8)
  void onlyTheInstitutionsOwnStaffRecordAttendance() {
    assertThat(attend("pengawas", resident, LAT, LON, 5.0, null, null).statusCode()).isEqualTo(403);
    assertThat(attend("pengawas2", resident, LAT, LON, 5.0, null, null).statusCode()).isEqualTo(404);
    assertThat(attend("lksa1", otherResident, LAT, LON, 5.0, null, null).statusCode()).isEqualTo(404);
  }

  @Test
  @Order(9)
  void theCaseworkerSeesThePlacementInTheCase() {
    JsonNode placements = json(as("peksos1").get("/api/cases/" + theCase.caseId() + "/placements"));
    assertThat(placements).hasSize(1);
    assertThat(placements.get(0).get("institutionName").asText()).isEqualTo("LKSA Budi Mulia Tulungagung");
    assertThat(placements.get(0).get("dischargedOn").isNull()).isTrue();
    assertThat(as("peksos2").get("/api/cases/" + theCase.caseId() + "/placements").statusCode()).isEqualTo(403);
    assertThat(as("pengawas2").get("/api/cases/" + theCase.caseId() + "/placements").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(10)
  void aDischargeToTheFamilyGivesTheCaseworkerAMonitoringTask() {
    HttpResponse<String> invalid = as("lksa1").postJson("/api/lksa/residents/" + resident + "/discharge",
        "{\"dischargedOn\":\"" + today().minusYears(1) + "\",\"destination\":\"MOON\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("dischargedOn", "destination");

    HttpResponse<String> discharged = as("lksa1").postJson("/api/lksa/residents/" + resident + "/discharge",
        "{\"dischargedOn\":\"" + today() + "\",\"destination\":\"FAMILY\",\"note\":\"Dijemput ibu.\"}");
    assertThat(discharged.statusCode()).as(discharged.body()).isEqualTo(200);
    assertThat(json(discharged).get("followUpStarted").asBoolean()).isTrue();
    assertThat(as("lksa1").postJson("/api/lksa/residents/" + resident + "/discharge",
        "{\"dischargedOn\":\"" + today() + "\",\"destination\":\"FAMILY\"}").statusCode()).isEqualTo(409);
    assertThat(attend("lksa1", resident, LAT, LON, 5.0, null, null).statusCode()).isEqualTo(409);

    JsonNode tasks = json(as("peksos1").get("/engine-rest/task?processDefinitionKey=Process_PlacementFollowUp"
        + "&processInstanceBusinessKey=" + theCase.caseNumber()));
    assertThat(tasks).hasSize(1);
    JsonNode task = tasks.get(0);
    assertThat(task.get("assignee").asText()).isEqualTo("peksos1");
    assertThat(task.get("due").isNull()).isFalse();
    assertThat(json(as("peksos2").get("/engine-rest/task?processDefinitionKey=Process_PlacementFollowUp"
        + "&processInstanceBusinessKey=" + theCase.caseNumber()))).isEmpty();

    String taskId = task.get("id").asText();
    HttpResponse<String> noNote = as("peksos1").postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"followUpVisitDate\":{\"value\":\"" + today() + "\"},\"followUpOutcome\":{\"value\":\"STABLE\"}}}");
    assertThat(noNote.statusCode()).isEqualTo(400);
    HttpResponse<String> done = as("peksos1").postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"followUpVisitDate\":{\"value\":\"" + today() + "\"},\"followUpOutcome\":{\"value\":\"STABLE\"},"
            + "\"confidentialFollowUpNote\":{\"value\":\"Anak sehat, kembali sekolah.\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    JsonNode notes = json(as("peksos1").get("/api/cases/" + theCase.caseId() + "/notes"));
    assertThat(StreamSupport.stream(notes.spliterator(), false).map(n -> n.get("text").asText()))
        .anyMatch(t -> t.startsWith("Pemantauan setelah keluar dari LKSA (LKSA Budi Mulia Tulungagung)")
            && t.contains("Stabil") && t.endsWith("Anak sehat, kembali sekolah."));

    JsonNode placement = json(as("peksos1").get("/api/cases/" + theCase.caseId() + "/placements")).get(0);
    assertThat(placement.get("dischargeDestination").asText()).isEqualTo("FAMILY");
    assertThat(placement.get("followUpProcessInstanceId").isNull()).isFalse();
  }

  @Test
  @Order(11)
  void reportsCountOnlyWhatTheCallerMaySee() {
    JsonNode occupancy = json(as("pengawas").get("/api/lksa/reports/occupancy"));
    JsonNode other = StreamSupport.stream(occupancy.spliterator(), false)
        .filter(o -> o.get("institutionId").asLong() == otherInstitution).findFirst().orElseThrow();
    assertThat(other.get("residents").asLong()).isEqualTo(1);
    assertThat(other.get("capacity").asInt()).isEqualTo(3);
    assertThat(other.get("occupancyPercent").asDouble()).isEqualTo(33.3);
    assertThat(json(as("pengawas2").get("/api/lksa/reports/occupancy")))
        .noneMatch(o -> o.get("regencyCode").asText().equals("3504"));
    assertThat(json(as("lksa1").get("/api/lksa/reports/occupancy"))).hasSize(1);

    String month = today().toString().substring(0, 7);
    JsonNode movements = json(as("pengawas").get("/api/lksa/reports/movements?from=" + month + "&to=" + month));
    JsonNode demo = StreamSupport.stream(movements.spliterator(), false)
        .filter(m -> m.get("institutionId").asLong() == demoInstitution).findFirst().orElseThrow();
    assertThat(demo.get("admissions").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(demo.get("discharges").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(as("pengawas").get("/api/lksa/reports/movements?from=2026-13").statusCode()).isEqualTo(400);

    JsonNode completeness = json(as("pengawas").get("/api/lksa/reports/attendance?from=" + today() + "&to=" + today()));
    JsonNode otherRow = StreamSupport.stream(completeness.spliterator(), false)
        .filter(c -> c.get("institutionId").asLong() == otherInstitution).findFirst().orElseThrow();
    assertThat(otherRow.get("expectedResidentDays").asLong()).isEqualTo(1);
    assertThat(otherRow.get("recordedResidentDays").asLong()).isZero();
    assertThat(otherRow.get("completenessPercent").asDouble()).isZero();

    HttpResponse<String> csv = as("pengawas").get("/api/lksa/reports/occupancy.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("institution_id,code,name,regency_code,capacity,residents,occupancy_percent\r\n")
        .contains("uji-" + suffix);
    for (String report : List.of("occupancy", "movements", "attendance")) {
      HttpResponse<String> xlsx = as("pengawas").get("/api/lksa/reports/" + report + ".xlsx");
      assertThat(xlsx.statusCode()).as(report).isEqualTo(200);
      assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
          v -> assertThat(v).contains("lksa-" + report + ".xlsx"));
      assertThat(xlsx.body()).startsWith("PK"); // a zip container
    }
    assertThat(as("pengawas").get("/api/lksa/reports/movements.xlsx?from=2026-13").statusCode()).isEqualTo(400);
    assertThat(as("peksos1").get("/api/lksa/reports/occupancy.pdf").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(12)
  void mergingTwoRecordsOfAChildMovesTheStaysButNeverJoinsTwoOpenOnes() {
    long kept = childOf(fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE).caseId());
    long merged = childOf(fixtures.register("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE).caseId());
    String admission = ",\"admittedOn\":\"" + today() + "\",\"reason\":\"EMERGENCY\"}";
    assertThat(as("pengawas").postJson("/api/lksa/institutions/" + demoInstitution + "/residents",
        "{\"personId\":" + kept + admission).statusCode()).isEqualTo(201);
    HttpResponse<String> stay = as("pengawas").postJson("/api/lksa/institutions/" + otherInstitution + "/residents",
        "{\"personId\":" + merged + admission);
    assertThat(stay.statusCode()).isEqualTo(201);
    long stayId = json(stay).get("id").asLong();

    String mergeBody = "{\"mergedId\":" + merged + ",\"reason\":\"Anak yang sama, tercatat dua kali.\"}";
    HttpResponse<String> refused = as("pengawas").postJson("/api/persons/" + kept + "/merge", mergeBody);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json(refused).get("code").asText()).isEqualTo("LKSA_OPEN_STAY_EXISTS");
    assertThat(json(as("pengawas").get("/api/lksa/residents/" + stayId)).get("personId").asLong()).isEqualTo(merged);

    assertThat(as("pengawas").postJson("/api/lksa/residents/" + stayId + "/discharge",
        "{\"dischargedOn\":\"" + today() + "\",\"destination\":\"OTHER_LKSA\"}").statusCode()).isEqualTo(200);
    HttpResponse<String> done = as("pengawas").postJson("/api/persons/" + kept + "/merge", mergeBody);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    assertThat(json(as("pengawas").get("/api/lksa/residents/" + stayId)).get("personId").asLong()).isEqualTo(kept);

    HttpResponse<String> undone = as("pengawas").postJson("/api/person-merges/" + json(done).get("id").asLong()
        + "/undo", "{\"reason\":\"Ternyata kembar.\"}");
    assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
    assertThat(json(as("pengawas").get("/api/lksa/residents/" + stayId)).get("personId").asLong()).isEqualTo(merged);
  }

  @Test
  @Order(13)
  void anInstitutionWithoutAttendanceByTenIsRemindedOnceADay() throws Exception {
    String code = "uji-" + suffix;
    String staff = "staf-" + suffix;
    User user = identity.newUser(staff);
    user.setEmail(staff + "@uji.terpadu.invalid");
    identity.saveUser(user);
    identity.createMembership(staff, "lksa-" + code);
    LocalDate day = today();
    String reference = AttendanceReminders.reference(otherInstitution, day);

    // The other institution has a resident and no attendance today; before 10:00 WIB nothing is sent.
    reminders.remind(day.atTime(9, 59).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
    assertThat(outbox.findByReferenceOrderById(reference)).isEmpty();

    // From 10:00 on: two nodes at once send it once.
    java.time.Instant at = day.atTime(10, 30).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> runs = List.of(
          nodes.submit(() -> { start.await(); return reminders.remind(at); }),
          nodes.submit(() -> { start.await(); return reminders.remind(at); }));
      start.countDown();
      for (java.util.concurrent.Future<Integer> run : runs) {
        run.get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
    reminders.remind(at.plusSeconds(3600));
    assertThat(outbox.findByReferenceOrderById(reference)).singleElement().satisfies(m -> {
      assertThat(m.getRecipient()).isEqualTo(staff + "@uji.terpadu.invalid");
      assertThat(m.getType()).isEqualTo(NotificationType.LKSA_ATTENDANCE_REMINDER);
      assertThat(m.getSubject()).isEqualTo("[Terpadu] Kehadiran anak hari ini belum dicatat - LKSA Uji " + code);
      assertThat(m.getBody()).contains("Sampai pukul 10.00 WIB", "/lksa").doesNotContain(CaseFixtures.CHILD_NAME);
    });
    // The demo institution recorded attendance today: no reminder.
    assertThat(outbox.findByReferenceOrderById(AttendanceReminders.reference(demoInstitution, day))).isEmpty();
  }

  @Test
  @Order(14)
  void aPlacementShowsInTheCaseTimelineThePersonPageAndTheOpenMonitoringForm() {
    CaseFixtures.Registered monitored = fixtures.assessing("petugas", CaseFixtures.TULUNGAGUNG_VILLAGE, "pengawas",
        "peksos1");
    fixtures.referring(monitored, "pengawas", "peksos1");
    long child = childOf(monitored.caseId());
    // What the caseworker's Tasklist form reads.
    String monitoringTask = json(as("peksos1").get("/engine-rest/task?taskDefinitionKey=Task_MonitorCase"
        + "&processInstanceId=" + monitored.processInstanceId())).get(0).get("id").asText();
    String summaryPath = "/engine-rest/task/" + monitoringTask + "/form-variables?variableNames=monitoringSummary";
    assertThat(json(as("peksos1").get(summaryPath)).get("monitoringSummary").get("value").asText()).doesNotContain("LKSA");

    HttpResponse<String> admitted = as("pengawas").postJson("/api/lksa/institutions/" + demoInstitution
        + "/residents", "{\"personId\":" + child + ",\"caseId\":" + monitored.caseId() + ",\"admittedOn\":\""
        + today().minusDays(2) + "\",\"reason\":\"VIOLENCE\",\"note\":\"Catatan rahasia penempatan.\"}");
    assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
    long stay = json(admitted).get("id").asLong();
    String since = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id"))
        .format(today().minusDays(2));

    // The caseworker's open monitoring form follows at once.
    assertThat(json(as("peksos1").get(summaryPath)).get("monitoringSummary").get("value").asText())
        .contains("- Anak tinggal di LKSA Budi Mulia Tulungagung (LKSA / panti asuhan) sejak " + since + ".");
    // The case timeline, for the case's caseworker; the note stays on the stay.
    JsonNode timeline = json(as("peksos1").get("/api/cases/" + monitored.caseId() + "/timeline"));
    assertThat(timeline).filteredOn(e -> e.get("type").asText().equals("PLACEMENT_ADMITTED")).singleElement()
        .satisfies(e -> {
          assertThat(e.get("title").asText()).isEqualTo("Anak ditempatkan di LKSA Budi Mulia Tulungagung (LKSA / panti asuhan)");
          assertThat(e.get("detail").asText()).isEqualTo("Tanggal masuk " + since + "; alasan: Korban kekerasan");
          assertThat(e.get("actor").asText()).isEqualTo("pengawas");
        });
    assertThat(timeline.toString()).doesNotContain("Catatan rahasia penempatan.");
    // The person page: the caseworker of the case sees the stay with its case number; a caseworker of another case
    // does not.
    JsonNode services = json(as("peksos1").get("/api/persons/" + child)).get("services");
    assertThat(services).filteredOn(s -> s.get("kind").asText().equals("PLACEMENT")).singleElement().satisfies(s -> {
      assertThat(s.get("id").asLong()).isEqualTo(stay);
      assertThat(s.get("reference").asText()).isEqualTo(monitored.caseNumber());
      assertThat(s.get("label").asText()).isEqualTo("Penempatan LKSA: LKSA Budi Mulia Tulungagung (LKSA / panti asuhan)");
      assertThat(s.get("state").asText()).isEqualTo("Tinggal di lembaga");
    });
    HttpResponse<String> otherWorker = as("peksos2").get("/api/persons/" + child);
    assertThat(otherWorker.statusCode()).isEqualTo(200); // the unit's caseworkers read the unit's persons
    assertThat(json(otherWorker).get("services")).noneMatch(s -> s.get("kind").asText().equals("PLACEMENT"));

    HttpResponse<String> discharged = as("lksa1").postJson("/api/lksa/residents/" + stay + "/discharge",
        "{\"dischargedOn\":\"" + today() + "\",\"destination\":\"KINSHIP\"}");
    assertThat(discharged.statusCode()).as(discharged.body()).isEqualTo(200);
    String until = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id"))
        .format(today());
    assertThat(json(as("peksos1").get(summaryPath)).get("monitoringSummary").get("value").asText())
        .contains("- Anak pernah tinggal di LKSA Budi Mulia Tulungagung (LKSA / panti asuhan) " + since + " s.d. "
            + until + "; tujuan keluar: Keluarga besar/kerabat.")
        .doesNotContain("Anak tinggal di");
    assertThat(json(as("peksos1").get("/api/cases/" + monitored.caseId() + "/timeline")))
        .filteredOn(e -> e.get("type").asText().equals("PLACEMENT_DISCHARGED")).singleElement().satisfies(e -> {
          assertThat(e.get("title").asText()).isEqualTo("Anak keluar dari LKSA Budi Mulia Tulungagung (LKSA / panti asuhan)");
          assertThat(e.get("detail").asText()).isEqualTo("Tanggal keluar " + until + "; tujuan: Keluarga besar/kerabat");
          assertThat(e.get("actor").asText()).isEqualTo("lksa1");
        });
    assertThat(json(as("peksos1").get("/api/persons/" + child)).get("services"))
        .filteredOn(s -> s.get("kind").asText().equals("PLACEMENT")).singleElement()
        .satisfies(s -> assertThat(s.get("state").asText()).isEqualTo("Keluar " + until + " (Keluarga besar/kerabat)"));
  }

  long childOf(long caseId) {
    return json(as("pengawas").get("/api/cases/" + caseId)).get("child").get("personId").asLong();
  }

  HttpResponse<String> attend(String user, long residentId, Double lat, Double lon, Double accuracy, String status,
      String reason) {
    String body = "{\"latitude\":" + lat + ",\"longitude\":" + lon + ",\"accuracy\":" + accuracy
        + (status == null ? "" : ",\"status\":\"" + status + "\"")
        + (reason == null ? "" : ",\"locationReason\":\"" + reason + "\"") + "}";
    return as(user).postJson("/api/lksa/residents/" + residentId + "/attendance", body);
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Jakarta"));
  }

  static List<String> fields(JsonNode problem) {
    return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
  }
}
