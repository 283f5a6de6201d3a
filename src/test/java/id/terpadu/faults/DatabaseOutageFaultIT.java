package id.terpadu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import id.terpadu.support.Node;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fault: PostgreSQL stops for 30 seconds while intake officers keep registering complaints (docs/reliability.md,
 * "PostgreSQL stopped under load"). The test creates a PostgreSQL cluster of its own ({@code pg_createcluster},
 * port {@code FAULTS_PG_PORT}, default 5499; root only, as in CI), starts one application node on it (profiles
 * {@code postgres,demo}, job executor and outbox delivery running as in production), runs client threads posting
 * {@code POST /api/complaints} as the demo intake officer, stops the cluster for 30 s and starts it again. Then:
 * every complaint answered 201 is in the database with its process and its notification, every other answer was a
 * 503 problem (never a 2xx without data), the same node answers 201 again without a restart, and the outbox delivers
 * every notification exactly once. The cluster is dropped at the end.
 */
// Starts a PostgreSQL cluster and an application node of its own, and stops the database: a JVM of its own and the
// faults profile (-Pfaults), never the default run.
@Tag("isolated")
@Tag("faults")
class DatabaseOutageFaultIT {

  static final String CLUSTER = "faults";
  static final int PG_PORT = Integer.parseInt(System.getenv().getOrDefault("FAULTS_PG_PORT", "5499"));
  static final String DB = "terpadu_faults";
  static final String DB_USER = "terpadu_faults";
  static final String DB_PASSWORD = "faults-" + UUID.randomUUID().toString().substring(0, 8);
  static final String URL = "jdbc:postgresql://localhost:" + PG_PORT + "/" + DB;
  static final Duration OUTAGE = Duration.ofSeconds(30);
  static final int CLIENTS = 4;
  static final ObjectMapper JSON = new ObjectMapper();

  static String pgVersion;

  /** One answered request: when (ms since the load began), its status, its content type and body. */
  record Answer(String marker, long atMillis, long tookMillis, int status, String contentType, String body) {}

  @BeforeAll
  static void cluster() throws Exception {
    // The build runs tests with -ea; the PostgreSQL driver asserts internally on a connection that broke mid-batch
    // and would throw an AssertionError where production (without -ea) sees an SQLException. Before its classes load.
    DatabaseOutageFaultIT.class.getClassLoader().setPackageAssertionStatus("org.postgresql", false);
    assertThat(System.getProperty("user.name")).as("creating a PostgreSQL cluster needs root (as in CI)")
        .isEqualTo("root");
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      pgVersion = versions.map(p -> p.getFileName().toString()).max(Comparator.comparingInt(Integer::parseInt))
          .orElseThrow();
    }
    dropCluster();
    run("pg_createcluster", pgVersion, CLUSTER, "--port", String.valueOf(PG_PORT));
    run("pg_ctlcluster", pgVersion, CLUSTER, "start");
    run("su", "postgres", "-c", "psql -q -v ON_ERROR_STOP=1 -p " + PG_PORT
        + " -c \"CREATE ROLE " + DB_USER + " LOGIN PASSWORD '" + DB_PASSWORD + "'\""
        + " -c \"CREATE DATABASE " + DB + " OWNER " + DB_USER + "\"");
  }

  @AfterAll
  static void dropCluster() throws Exception {
    if (pgVersion != null) {
      ProcessBuilder drop = new ProcessBuilder("pg_dropcluster", "--stop", pgVersion, CLUSTER).redirectErrorStream(true);
      Process process = drop.start();
      process.getInputStream().readAllBytes();
      process.waitFor(2, TimeUnit.MINUTES);
    }
  }

  @Test
  void complaintsDuringA30SecondOutageAreStoredOrRefusedNeverLostAndTheNodeRecoversWithoutRestart()
      throws Exception {
    try (Node node = Node.startOnPostgres(URL, DB_USER, DB_PASSWORD, List.of("postgres", "demo"),
        // Production-like: job executor and outbox delivery on (the test profile switches them off).
        "--spring.profiles.active=postgres,demo", "--terpadu.mail.demo-sink.port=0",
        "--terpadu.mail.outbox.poll-interval=PT2S", "--terpadu.lksa.reminder.enabled=false",
        "--terpadu.mail.digest.enabled=false")) {
      String run = UUID.randomUUID().toString().substring(0, 8);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong sequence = new AtomicLong();
      long began = System.nanoTime();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        clients.submit(() -> {
          while (!stop.get()) {
            String marker = "FAULT-" + run + "-" + sequence.incrementAndGet();
            answers.add(post(http, node.port(), marker, began));
          }
          return null;
        });
      }

      Thread.sleep(10_000);
      long outageStart = millisSince(began);
      run("pg_ctlcluster", pgVersion, CLUSTER, "stop", "-m", "fast");
      Thread.sleep(OUTAGE.toMillis());
      run("pg_ctlcluster", pgVersion, CLUSTER, "start");
      long outageEnd = millisSince(began);
      // Keep the load on until the node has answered 201 again for 20 s in a row (at most 3 minutes).
      long deadline = outageEnd + 180_000;
      long recoveredAt = -1;
      while (millisSince(began) < deadline) {
        Thread.sleep(1_000);
        recoveredAt = firstCreatedAfter(answers, outageEnd);
        if (recoveredAt >= 0 && millisSince(began) - recoveredAt > 20_000) {
          break;
        }
      }
      stop.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

      List<Answer> all = List.copyOf(answers);
      List<Answer> created = all.stream().filter(a -> a.status() == 201).toList();
      List<Answer> refused = all.stream().filter(a -> a.status() != 201).toList();
      Map<Integer, Long> byStatus = all.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
      long duringOutage = all.stream().filter(a -> a.atMillis() >= outageStart && a.atMillis() <= outageEnd).count();
      System.out.printf("DB outage %s: %d requests (%d answered during the outage), by status %s; node answered 201"
              + " again %d ms after the database was back%n", OUTAGE, all.size(), duringOutage, byStatus,
          recoveredAt - outageEnd);
      refused.stream().collect(Collectors.groupingBy(a -> a.status() + " " + a.contentType() + " "
          + abbreviate(a.body()), Collectors.counting())).forEach((k, v) -> System.out.println("  " + v + " x " + k));

      // The same node serves again, without a restart.
      long recovered = recoveredAt;
      assertThat(recovered).as("a 201 after the database came back").isGreaterThan(outageEnd);
      assertThat(all.stream().filter(a -> a.atMillis() > recovered + 5_000)).as("all answers once recovered")
          .isNotEmpty().allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
      // Every refusal was a server-side problem answer, never a 2xx (or a 4xx blaming the client).
      assertThat(refused).as("the outage was felt").isNotEmpty();
      assertThat(refused).allSatisfy(a -> {
        assertThat(a.status()).as(a.body()).isEqualTo(503);
        assertThat(a.contentType()).as(a.body()).startsWith("application/problem+json");
        assertThat(JSON.readTree(a.body()).path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
      });

      try (Connection db = DriverManager.getConnection(URL, DB_USER, DB_PASSWORD)) {
        // Every 201 is stored: the case with its text, its running process, its triage notification.
        Map<String, Long> stored = storedCases(db, run);
        for (Answer a : created) {
          JsonNode body = JSON.readTree(a.body());
          assertThat(stored.get(a.marker())).as("case of " + a.marker()).isEqualTo(body.path("caseId").asLong());
          assertThat(count(db, "SELECT COUNT(*) FROM act_ru_execution WHERE proc_inst_id_ = ? AND parent_id_ IS NULL",
              body.path("processInstanceId").asText())).as("process of " + a.marker()).isEqualTo(1);
        }
        // A refused complaint may not exist twice nor half: stored ones are whole, i.e. answered or not, each
        // stored case has its process.
        long storedWithoutAnswer = stored.keySet().stream()
            .filter(marker -> created.stream().noneMatch(a -> a.marker().equals(marker))).count();
        System.out.printf("  %d complaints answered 201, %d stored, %d stored although not answered 201%n",
            created.size(), stored.size(), storedWithoutAnswer);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(created.size());

        // Notifications: every case's triage task has its "new task" mails, and the outbox delivers each once.
        List<String> instances = new ArrayList<>();
        for (Answer a : created) {
          instances.add(JSON.readTree(a.body()).path("processInstanceId").asText());
        }
        Map<String, String> outbox = outboxOf(db, instances);
        assertThat(outbox).as("outbox rows of the new cases' tasks").hasSizeGreaterThanOrEqualTo(created.size());
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (outbox.containsValue("PENDING") && System.nanoTime() < until) {
          Thread.sleep(2_000);
          outbox = outboxOf(db, instances);
        }
        if (outbox.containsValue("PENDING")) {
          printUnsent(db, instances);
        }
        assertThat(outbox.values()).as("outbox status of the new cases' mails").containsOnly("SENT");
        Map<String, Long> received = java.util.Arrays.stream(node.bean(GreenMail.class).getReceivedMessages())
            .map(DatabaseOutageFaultIT::messageId)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (String messageId : outbox.keySet()) {
          assertThat(received.get(messageId)).as("times " + messageId + " was received").isEqualTo(1);
        }
        System.out.printf("  %d notifications of the new cases, all SENT, each received once%n", outbox.size());
      }
    }
  }

  private static Answer post(HttpClient http, int port, String marker, long began) {
    String body = """
        {"channel":"WALK_IN","anonymous":true,
         "child":{"name":"Anak Uji Gangguan","sex":"P","birthDate":"2015-06-01"},
         "villageCode":"3504011001","description":"%s: laporan uji gangguan basis data.",
         "categories":["PENELANTARAN"]}""".formatted(marker);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/complaints"))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("petugas:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long sent = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(marker, millisSince(began), (System.nanoTime() - sent) / 1_000_000, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      // No answer at all (connection reset): recorded as status 0, which the assertions reject.
      return new Answer(marker, millisSince(began), (System.nanoTime() - sent) / 1_000_000, 0, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long firstCreatedAfter(List<Answer> answers, long after) {
    synchronized (answers) {
      return answers.stream().filter(a -> a.status() == 201 && a.atMillis() - a.tookMillis() > after)
          .mapToLong(Answer::atMillis).min().orElse(-1);
    }
  }

  /** The cases of this run, by the marker at the start of their description. */
  private static Map<String, Long> storedCases(Connection db, String run) throws SQLException {
    Map<String, Long> cases = new HashMap<>();
    try (PreparedStatement s = db.prepareStatement("SELECT id, description FROM child_case WHERE description LIKE ?")) {
      s.setString(1, "FAULT-" + run + "-%");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String marker = r.getString(2).substring(0, r.getString(2).indexOf(':'));
          assertThat(cases.put(marker, r.getLong(1))).as("one case per complaint " + marker).isNull();
        }
      }
    }
    return cases;
  }

  /** Message-ID → status of the outbox rows about tasks of the given process instances. */
  private static Map<String, String> outboxOf(Connection db, List<String> instances) throws SQLException {
    Map<String, String> rows = new HashMap<>();
    Array ids = db.createArrayOf("varchar", instances.toArray());
    try (PreparedStatement s = db.prepareStatement("SELECT o.message_id, o.status FROM outbox_message o"
        + " JOIN act_hi_taskinst t ON o.reference = 'task:' || t.id_ WHERE t.proc_inst_id_ = ANY (?)")) {
      s.setArray(1, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(r.getString(1), r.getString(2));
        }
      }
    }
    return rows;
  }

  /** What a failed run needs to tell why a mail was not sent: its attempts, error, claim and next attempt. */
  private static void printUnsent(Connection db, List<String> instances) throws SQLException {
    Array ids = db.createArrayOf("varchar", instances.toArray());
    try (PreparedStatement s = db.prepareStatement("SELECT o.id, o.status, o.attempts, o.created_at,"
        + " o.next_attempt_at, o.claimed_by, o.claimed_until, o.last_error, now() FROM outbox_message o"
        + " JOIN act_hi_taskinst t ON o.reference = 'task:' || t.id_ WHERE t.proc_inst_id_ = ANY (?)"
        + " AND o.status <> 'SENT' ORDER BY o.id")) {
      s.setArray(1, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          System.out.printf("  unsent outbox %d: %s, %d attempt(s), created %s, next %s, claimed by %s until %s,"
              + " error %s (now %s)%n", r.getLong(1), r.getString(2), r.getInt(3), r.getObject(4), r.getObject(5),
              r.getString(6), r.getObject(7), r.getString(8), r.getObject(9));
        }
      }
    }
  }

  private static long count(Connection db, String sql, String param) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long millisSince(long began) {
    return (System.nanoTime() - began) / 1_000_000;
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
  }
}
