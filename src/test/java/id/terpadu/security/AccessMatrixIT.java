package id.terpadu.security;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.terpadu.support.ApiClient;
import id.terpadu.support.CaseFixtures;
import id.terpadu.support.CaseFixtures.Registered;
import id.terpadu.tasklist.TasklistFilters;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Walks the access matrix ({@code src/test/resources/access-matrix.csv}): every role of the demo organisation against
 * every action on one case with a running referral — Terpadu's API, the engine's REST API and the webapps' APIs — and
 * fails listing every cell whose answer differs from the expected one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AccessMatrixIT {

  static final String MATRIX = "access-matrix.csv";

  /** The columns of the matrix and the demo user who plays each role (null: anonymous). */
  static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("intake", "petugas");
    ROLES.put("caseworker", "peksos1");
    ROLES.put("other_caseworker", "peksos2");
    ROLES.put("supervisor", "pengawas");
    ROLES.put("head", "kepala");
    ROLES.put("agency_involved", "dukcapil");
    ROLES.put("agency_other", "rsud");
    ROLES.put("province", "provinsi");
    ROLES.put("other_unit", "pengawas2");
    ROLES.put("anonymous", null);
  }

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;

  /** One row of the matrix. */
  record Row(int line, String subject, String action, String via, String method, String path, String body,
      String marker, Map<String, String> expected) {}

  @Test
  void everyCellOfTheAccessMatrixHolds() throws IOException {
    List<Row> rows = read();
    Map<String, String> values = fixture();
    Map<String, ApiClient> basic = new HashMap<>();
    Map<String, ApiClient> session = new HashMap<>();
    ROLES.forEach((role, user) -> {
      basic.put(role, user == null ? ApiClient.anonymous(port) : ApiClient.basic(port, user, "demo"));
      ApiClient browser = ApiClient.anonymous(port);
      if (user != null) {
        assertThat(browser.webappLogin("tasklist", user, "demo")).as("Tasklist login of " + user).isEqualTo(200);
      }
      session.put(role, browser);
    });

    List<String> differing = new ArrayList<>();
    int cells = 0;
    for (Row row : rows) {
      String path = fill(row.path(), values);
      String marker = row.marker().isEmpty() ? null : fill(row.marker(), values);
      for (Map.Entry<String, String> cell : row.expected().entrySet()) {
        String role = cell.getKey();
        Map<String, String> withSelf = new HashMap<>(values);
        withSelf.put("self", ROLES.get(role) == null ? "anonymous" : ROLES.get(role));
        String body = row.body().isEmpty() ? null : fill(row.body(), withSelf);
        ApiClient client = row.via().equals("basic") ? basic.get(role) : session.get(role);
        HttpResponse<String> response = client.call(row.method(), path, body, row.via().equals("session"), Map.of());
        String actual = answer(response, marker, cell.getValue());
        cells++;
        if (!actual.equals(cell.getValue())) {
          differing.add("line " + row.line() + " " + row.subject() + " / " + row.action() + " [" + row.method() + " "
              + path + "] as " + role + ": expected " + cell.getValue() + ", got " + actual
              + " (" + response.statusCode() + " " + abbreviate(response.body()) + ")");
        }
      }
    }
    assertThat(cells).as("cells checked").isEqualTo(rows.size() * ROLES.size());
    assertThat(differing).as(differing.size() + " of " + cells + " cells differ:\n" + String.join("\n", differing))
        .isEmpty();
  }

  /** What the answer is in the matrix's terms, given what the cell expects (a status, a class, listed/filtered). */
  static String answer(HttpResponse<String> response, String marker, String expected) {
    int status = response.statusCode();
    if ((expected.equals("listed") || expected.equals("filtered")) && status / 100 == 2 && marker != null) {
      return response.body().contains(marker) ? "listed" : "filtered";
    }
    if (expected.equals("2xx") && status / 100 == 2) {
      return "2xx";
    }
    return status / 100 == 2 ? "2xx" : String.valueOf(status);
  }

  /**
   * The case of the matrix: a Tulungagung child with a NIK of this run, accepted, assigned to peksos1, assessed and
   * planned, the plan approved: a referral runs at dukcapil.
   */
  Map<String, String> fixture() {
    CaseFixtures fixtures = new CaseFixtures(port);
    String nik = "350401140310" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
    StringBuilder tag = new StringBuilder("Matriks");
    for (int i = 0; i < 8; i++) {
      tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    HttpResponse<String> created = fixtures.as("petugas").postJson("/api/complaints", """
        {"channel":"WALK_IN","anonymous":false,
         "reporter":{"name":"Ibu Guru Wati","phone":"0812 3456 7890","relation":"guru"},
         "child":{"name":"Bima %s","sex":"L","birthDate":"2010-03-14","nik":"%s"},
         "villageCode":"%s","description":"Anak tidak punya akta kelahiran.","categories":["ABH"]}
        """.formatted(tag, nik, CaseFixtures.TULUNGAGUNG_VILLAGE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    Registered registered = new Registered(body.path("caseId").asLong(), body.path("caseNumber").asText(),
        body.path("processInstanceId").asText());
    fixtures.accept(registered, "pengawas");
    fixtures.assign(registered, "pengawas", "peksos1");
    fixtures.referring(registered, "pengawas", "peksos1");

    Map<String, String> values = new HashMap<>();
    values.put("case", String.valueOf(registered.caseId()));
    values.put("caseNumber", registered.caseNumber());
    values.put("pi", registered.processInstanceId());
    values.put("nik", nik);
    values.put("tag", tag.toString());
    JsonNode detail = json(fixtures.as("pengawas").get("/api/cases/" + registered.caseId()));
    values.put("person", detail.path("child").path("personId").asText());
    JsonNode referrals = json(fixtures.as("pengawas").get("/api/cases/" + registered.caseId() + "/referrals"));
    assertThat(referrals).hasSize(1);
    values.put("referral", referrals.get(0).path("id").asText());
    ProcessInstance referral = runtime.createProcessInstanceQuery()
        .superProcessInstanceId(registered.processInstanceId()).singleResult();
    values.put("rpi", referral.getId());
    Task task = tasks.createTaskQuery().processInstanceId(referral.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_DecideOnReferral");
    values.put("task", task.getId());
    values.put("filterUnit", filterId(TasklistFilters.ALL_UNIT_TASKS));
    values.put("filterTeam", filterId(TasklistFilters.TEAM_QUEUE));
    return values;
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  static String fill(String template, Map<String, String> values) {
    String result = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      result = result.replace("{" + value.getKey() + "}", value.getValue());
    }
    assertThat(result).as("unknown placeholder in " + template).doesNotContainPattern("\\{[a-zA-Z]+\\}");
    return result;
  }

  static List<Row> read() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    try (InputStream in = new ClassPathResource(MATRIX).getInputStream()) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(line.split(";", -1));
        if (header == null) {
          header = cells;
          assertThat(header.subList(7, header.size())).as("role columns").containsExactlyElementsOf(ROLES.keySet());
          continue;
        }
        assertThat(cells).as("cells of line " + (i + 1)).hasSameSizeAs(header);
        Map<String, String> expected = new LinkedHashMap<>();
        for (int c = 7; c < cells.size(); c++) {
          assertThat(cells.get(c)).as("line " + (i + 1) + " " + header.get(c))
              .matches("2xx|[1-5][0-9][0-9]|listed|filtered");
          expected.put(header.get(c), cells.get(c));
        }
        assertThat(cells.get(2)).as("via, line " + (i + 1)).isIn("basic", "session", "session-nocsrf");
        rows.add(new Row(i + 1, cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5),
            cells.get(6), expected));
      }
    }
    assertThat(rows).isNotEmpty();
    return rows;
  }

  private static String abbreviate(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }
}
