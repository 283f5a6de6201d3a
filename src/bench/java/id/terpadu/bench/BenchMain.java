package id.terpadu.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmark scenarios ({@code bench/run [--quick] [--only a,b]}) and appends the results to
 * {@code docs/benchmarks.md}: one table per run with figure, reference, ratio, target and conditions, then the query
 * plans. Exit status 1 when a scenario crashed, or in {@code --quick} mode when a ratio is worse than twice its
 * target; a missed target in full mode is reported, not failed (it is work to do, recorded where everyone sees it).
 */
public final class BenchMain {

  private BenchMain() {}

  /**
   * The references run a bare engine in this JVM, whose class path also holds the application's classes (some
   * scenarios use them). The engine loads its MyBatis mappings by name from the class path, so the engine's jar must
   * come first there: otherwise the "bare" engine would run Terpadu's changed copies of them and the reference would
   * not be the engine's own work.
   */
  static void referenceEngineIsBare(ClassLoader classes) {
    for (String mapping : CHANGED_ENGINE_MAPPINGS) {
      URL first = classes.getResource(mapping);
      if (first == null || !"jar".equals(first.getProtocol())) {
        throw new IllegalStateException("The bare engine would load " + first + " instead of the engine's own "
            + mapping + ": put the application's classes after the libraries on the class path (bench/run)");
      }
    }
  }

  static List<Scenario> scenarios() {
    return List.of(new IntakeScenario(), new QueueScenario(), new PersonImportScenario(),
        new PersonLookupScenario(), new ReportScenario(), new MemoryScenario(), new SlaScenario(),
        new StorageScenario());
  }

  /** The engine mappings of which the application carries changed copies (ADRs 0027, 0040, 0044). */
  static final List<String> CHANGED_ENGINE_MAPPINGS = List.of("org/camunda/bpm/engine/impl/mapping/entity/Task.xml",
      "org/camunda/bpm/engine/impl/mapping/entity/Job.xml");

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    referenceEngineIsBare(BenchMain.class.getClassLoader());
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    List<Measurement> results = new ArrayList<>();
    List<String> crashes = new ArrayList<>();
    long started = System.nanoTime();
    try (BenchContext context = new BenchContext(options)) {
      for (Scenario scenario : scenarios()) {
        if (!options.runs(scenario.name())) {
          continue;
        }
        long t0 = System.nanoTime();
        System.out.println("== scenario " + scenario.name());
        try {
          List<Measurement> measured = scenario.run(context);
          measured.forEach(m -> System.out.println("   " + line(m)));
          results.addAll(measured);
        } catch (Exception | Error e) {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          System.out.println("   CRASHED: " + trace);
          crashes.add(scenario.name() + ": " + e);
        }
        System.out.println("   (" + Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s)");
      }
      writeResults(options, results, crashes, context.plans(),
          Duration.ofNanos(System.nanoTime() - started));
    }
    boolean broken = !crashes.isEmpty()
        || (options.quick() && results.stream().anyMatch(Measurement::quickLimitBroken));
    System.out.println(broken ? "== benchmarks FAILED" : "== benchmarks done");
    System.exit(broken ? 1 : 0);
  }

  private static String line(Measurement m) {
    return m.figure() + ": " + Measurement.fmt(m.value()) + " (reference " + Measurement.fmt(m.reference())
        + ", ratio " + Measurement.fmt(m.ratio()) + ", target " + m.target() + ") "
        + (m.met() ? "met" : "MISSED");
  }

  private static void writeResults(BenchOptions options, List<Measurement> results, List<String> crashes,
      List<String> plans, Duration took) throws IOException {
    StringBuilder md = new StringBuilder();
    String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    md.append("\n### Run of ").append(now).append(" — ").append(options.quick() ? "quick" : "full")
        .append(" mode, commit ").append(env("BENCH_COMMIT")).append("\n\n")
        .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(env("BENCH_MACHINE")).append("; PostgreSQL ").append(env("BENCH_PG_VERSION"))
        .append("; whole run ").append(took.toMinutes()).append(" min.\n\n")
        .append("| scenario | figure | Terpadu | reference | ratio | target | met | conditions |\n")
        .append("|---|---|---:|---:|---:|---|---|---|\n");
    for (Measurement m : results) {
      md.append("| ").append(m.scenario()).append(" | ").append(m.figure()).append(" | ")
          .append(Measurement.fmt(m.value())).append(" | ").append(Measurement.fmt(m.reference())).append(" | ")
          .append(Measurement.fmt(m.ratio())).append(" | ").append(m.target()).append(" | ")
          .append(m.met() ? "yes" : "**no**").append(" | ").append(m.conditions()).append(" |\n");
    }
    for (String crash : crashes) {
      md.append("\nCrashed: ").append(crash.replace('\n', ' ')).append('\n');
    }
    if (!plans.isEmpty()) {
      md.append("\n<details><summary>Query plans of this run</summary>\n\n");
      plans.forEach(md::append);
      md.append("\n</details>\n");
    }
    Files.writeString(options.results(), md.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    System.out.println("== results appended to " + options.results());
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? "unknown" : value;
  }
}
