package id.terpadu.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one run of the harness does: the sizes (full or {@code --quick}), which scenarios, which databases and
 * where the results go. Read from the command line and from the environment that {@code bench/run} sets.
 */
record BenchOptions(boolean quick, Set<String> only, String dbUrl, String refDbUrl, String dbUser,
    String dbPassword, Path jar, Path results, Path workDir) {

  static BenchOptions parse(String[] args) {
    boolean quick = false;
    Set<String> only = new LinkedHashSet<>();
    Path results = Path.of("docs/benchmarks.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--only" -> only.addAll(Set.of(args[++i].split(",")));
        case "--results" -> results = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]
            + " (use --quick, --only scenario[,scenario], --results file)");
      }
    }
    return new BenchOptions(quick, only, env("BENCH_DB_URL"), env("BENCH_REF_DB_URL"), env("BENCH_DB_USER"),
        env("BENCH_DB_PASSWORD"), Path.of(env("BENCH_JAR")), results, Path.of(env("BENCH_WORK_DIR")));
  }

  boolean runs(String scenario) {
    return only.isEmpty() || only.contains(scenario);
  }

  /** {@code full} at full size, {@code quick} divided for CI. */
  int size(int full, int quick) {
    return this.quick ? quick : full;
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the harness through bench/run");
    }
    return value;
  }
}
