package id.terpadu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Person import of 1,000,000 rows through {@code POST /api/import/persons} (an import job: validation, NIK check,
 * duplicate rules, idempotency by NIK and source id) against {@code COPY} of the same file into a bare table with
 * the same unique keys, in the same database. Targets: ≥ 0.3 of COPY's rate and ≥ 20,000 rows/s.
 */
final class PersonImportScenario implements Scenario {

  static final int SERIAL_BASE = 5_000;
  static final int COPIES = 3;

  @Override
  public String name() {
    return "import";
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    // Quick mode (CI): 500,000 rows. 20,000 took Terpadu a second, mostly the job's start and the node's first
    // batches (ratio 0.11); 200,000 gave 0.16–0.19, near the CI limit of 0.15.
    int rows = context.options().size(1_000_000, 500_000);
    SyntheticPeople people = new SyntheticPeople(QueueScenario.REGENCIES, 17, SERIAL_BASE);
    Path csv = context.options().workDir().resolve("persons-" + rows + ".csv");
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      SyntheticPeople.writeImportCsv(people, 0, rows, out);
    }
    Database db = context.app();
    // The reference three times, its median taken: one COPY lasts a few seconds, and on this shared machine a
    // single one moved between 113,000 and 139,000 rows/s from run to run (2026-11-28), more than the import's own
    // spread. The median does not favour either side; all three go into the conditions.
    double[] copyRates = new double[COPIES];
    for (int i = 0; i < COPIES; i++) {
      copyRates[i] = copyRate(db, csv);
    }
    double copyRate = median(copyRates);

    AppNode node = context.node();
    ObjectMapper json = new ObjectMapper();
    long t1 = System.nanoTime();
    JsonNode job = json.readTree(AppNode.expect(node.postFile("admin", "/api/import/persons", csv), 202).body());
    String jobId = job.path("jobId").asText();
    while (!"DONE".equals(job.path("status").asText())) {
      if ("FAILED".equals(job.path("status").asText())) {
        throw new IllegalStateException("Import job failed: " + job);
      }
      job = json.readTree(AppNode.expect(node.get("admin", "/api/import/jobs/" + jobId + "?wait=true"), 200).body());
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    long imported = job.path("imported").asLong();
    if (imported != rows) {
      throw new IllegalStateException("Imported " + imported + " of " + rows + " rows: " + job);
    }
    double rate = imported / seconds;
    String conditions = rows + " rows over " + QueueScenario.REGENCIES.size() + " regencies, uploaded by an "
        + "administrator, from upload to job done; reference: COPY into a table with the same unique keys, median of "
        + COPIES + " (" + Arrays.stream(copyRates).mapToObj(r -> String.format(Locale.ROOT, "%,.0f", r))
            .collect(Collectors.joining(", ")) + " rows/s)";
    return List.of(
        Measurement.atLeast(name(), "persons imported per second vs COPY", rate, copyRate, 0.3, conditions),
        Measurement.above(name(), "persons imported per second", rate, copyRate, 20_000, "rows/s", conditions));
  }

  /** Rows per second of one COPY of the file into a fresh bare table with the person table's unique keys. */
  private static double copyRate(Database db, Path csv) throws Exception {
    db.execute("DROP TABLE IF EXISTS bench_person_copy", """
        CREATE TABLE bench_person_copy (id BIGSERIAL PRIMARY KEY, name VARCHAR(200) NOT NULL,
          sex VARCHAR(1) NOT NULL, birth_date DATE NOT NULL, village_code VARCHAR(10) NOT NULL,
          nik VARCHAR(16) UNIQUE, source_id VARCHAR(100) UNIQUE)""");
    long t0 = System.nanoTime();
    long copied = db.copyCsv("bench_person_copy (name, sex, birth_date, village_code, nik, source_id)", csv);
    double rate = copied / ((System.nanoTime() - t0) / 1e9);
    db.execute("DROP TABLE bench_person_copy");
    return rate;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
