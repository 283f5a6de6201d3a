package id.terpadu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Heap and GC figures of another JVM on this machine, through the JDK's {@code jstat} and {@code jcmd}. */
final class JvmStats {

  /** {@code jstat -gc}: used heap in MB and total GC time in seconds. */
  record Gc(double usedMb, double gcSeconds) {}

  private JvmStats() {}

  static Gc gc(long pid) throws IOException, InterruptedException {
    List<String> lines = run("jstat", "-gc", Long.toString(pid)).lines().toList();
    List<String> names = Arrays.asList(lines.get(0).trim().split("\\s+"));
    String[] values = lines.get(1).trim().split("\\s+");
    double usedKb = 0;
    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
      usedKb += Double.parseDouble(values[names.indexOf(column)]);
    }
    return new Gc(usedKb / 1024, Double.parseDouble(values[names.indexOf("GCT")]));
  }

  /** Asks the JVM for a full collection, so that the used heap afterwards is what is live. */
  static void fullGc(long pid) throws IOException, InterruptedException {
    run("jcmd", Long.toString(pid), "GC.run");
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }
}
