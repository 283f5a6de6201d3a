package id.terpadu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * One Terpadu application node: the built jar started as its own process (profiles {@code postgres,demo}, so the
 * demo users exist) against the benchmark database, sending its mail to the harness's {@link MailSink} instead of
 * the demo profile's sink inside the node (unless the caller names a mail server), and an HTTP client that calls
 * it as a demo user with Basic authentication. {@link #startBareRestEngine} starts the intake's reference over HTTP
 * the same way: the bare engine behind its own REST API ({@code id.terpadu.bench.rest.BareRestEngine}, ADR 0047).
 */
final class AppNode implements AutoCloseable {

  static final String PASSWORD = "demo";

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private AppNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a node and waits until it answers its health check (at most 5 minutes). */
  static AppNode start(BenchOptions options, Database db, int port, String heap, String... extraArgs)
      throws IOException, InterruptedException {
    Path log = options.workDir().resolve("node-" + port + ".log");
    List<String> command = java(heap);
    // BENCH_NODE_JVM_OPTS: extra JVM options for the nodes, e.g. -XX:StartFlightRecording=filename=node.jfr
    String jvmOptions = System.getenv("BENCH_NODE_JVM_OPTS");
    if (jvmOptions != null && !jvmOptions.isBlank()) {
      command.addAll(List.of(jvmOptions.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", options.jar().toString(),
        "--spring.profiles.active=postgres,demo", "--server.port=" + port, "--logging.level.root=WARN",
        "--logging.level.id.terpadu=WARN"));
    // A caller with a mail server of its own (the fault tests check what arrives) names it; otherwise the harness's.
    if (Arrays.stream(extraArgs).noneMatch(a -> a.startsWith("--spring.mail.port="))) {
      command.addAll(List.of("--terpadu.mail.demo-sink.enabled=false", "--spring.mail.host=127.0.0.1",
          "--spring.mail.port=" + MailSink.shared().port()));
    }
    command.addAll(List.of(extraArgs));
    return launch(command, db, port, log);
  }

  /**
   * The bare engine behind its own REST API on the reference database, in a JVM of its own with the same heap as a
   * node, from the harness's classpath; its user is created by the caller (password {@value #PASSWORD}).
   */
  static AppNode startBareRestEngine(BenchOptions options, Database reference, int port)
      throws IOException, InterruptedException {
    List<String> command = java("1g");
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "id.terpadu.bench.rest.BareRestEngine",
        "--server.port=" + port));
    return launch(command, reference, port, options.workDir().resolve("bare-rest-" + port + ".log"));
  }

  /** The harness's own java with a heap of {@code heap} and G1, to which the caller adds the rest. */
  private static List<String> java(String heap) {
    return new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap,
        "-XX:+UseG1GC"));
  }

  private static AppNode launch(List<String> command, Database db, int port, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("DB_URL", db.url());
    builder.environment().put("DB_USER", db.user());
    builder.environment().put("DB_PASSWORD", db.password());
    AppNode node = new AppNode(builder.start(), port, log);
    try {
      node.awaitHealthy(Duration.ofMinutes(5));
    } catch (IOException | RuntimeException e) {
      node.close(); // a node that did not come up must not keep its port (or the database) busy
      throw e;
    }
    return node;
  }

  private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node on port " + port + " exited with " + process.exitValue()
            + "; see " + log);
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException("Node on port " + port + " did not become healthy; see " + log);
  }

  long pid() {
    return process.pid();
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    return send(request(user, path).GET().build());
  }

  HttpResponse<String> postJson(String user, String path, String json) throws IOException, InterruptedException {
    return postJson(user, path, json, Duration.ofMinutes(2));
  }

  /** A JSON post that may take longer than the usual two minutes (administrative work). */
  HttpResponse<String> postJson(String user, String path, String json, Duration timeout)
      throws IOException, InterruptedException {
    return send(request(user, path).header("Content-Type", "application/json").timeout(timeout)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A multipart upload of one file in the field {@code file}. */
  HttpResponse<String> postFile(String user, String path, Path file) throws IOException, InterruptedException {
    String boundary = "bench" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
    return send(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(30)).POST(body).build());
  }

  private HttpRequest.Builder request(String user, String path) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2)).header("Authorization", "Basic " + basic)
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Fails with the answer when the status is not the expected one. */
  static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
          + response.statusCode() + " (expected " + status + "): " + abbreviate(response.body()));
    }
    return response;
  }

  private static String abbreviate(String body) {
    return body.length() > 500 ? body.substring(0, 500) + "…" : body;
  }

  String tailOfLog() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
