package id.terpadu.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * NIK lookup and ranked name search at 5,000,000 persons through {@code GET /api/persons} as the front office of
 * Tulungagung (region scope 3504, access log on), against the plain indexed lookup over JDBC in the same run.
 * Targets: NIK p95 < 5 ms, name search p95 < 100 ms. Persons are seeded with {@code COPY} straight into the
 * registry table (the import's own speed is the import scenario).
 */
final class PersonLookupScenario implements Scenario {

  static final int SERIAL_BASE = 7_000;
  static final long FIRST_ID = 100_000_000L;

  @Override
  public String name() {
    return "lookup";
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    int persons = context.options().size(5_000_000, 200_000);
    int calls = context.options().size(300, 60);
    SyntheticPeople people = new SyntheticPeople(QueueScenario.REGENCIES, 23, SERIAL_BASE);
    Database db = context.app();
    seed(db, people, persons);
    long total = db.queryLong("SELECT count(*) FROM person");

    Random random = new Random(5);
    List<SyntheticPeople.Person> sample = new ArrayList<>();
    while (sample.size() < calls) {
      SyntheticPeople.Person p = people.person(random.nextInt(persons));
      if (p.regencyCode().equals("3504")) {
        sample.add(p);
      }
    }
    AppNode node = context.node();
    Latencies nikApi = new Latencies();
    Latencies nikSql = new Latencies();
    Latencies nameApi = new Latencies();
    Latencies nameSql = new Latencies();
    try (Connection c = db.connect();
        PreparedStatement byNik = c.prepareStatement("SELECT * FROM person WHERE nik = ?");
        PreparedStatement byName = c.prepareStatement("SELECT * FROM person WHERE regency_code = '3504'"
            + " AND merged_into_id IS NULL AND lower(name) LIKE ? ORDER BY id DESC LIMIT 501")) {
      for (int round = 0; round < 2; round++) {
        boolean measured = round == 1;
        for (SyntheticPeople.Person p : measured ? sample : sample.subList(0, Math.min(20, sample.size()))) {
          String query = searchText(p, random);
          (measured ? nikSql : new Latencies()).time(() -> rows(byNik, p.nik(), 1));
          (measured ? nikApi : new Latencies()).time(() -> AppNode.expect(
              node.get("petugas", "/api/persons?nik=" + p.nik()), 200));
          (measured ? nameSql : new Latencies()).time(() -> rows(byName, "%" + query.toLowerCase() + "%", -1));
          (measured ? nameApi : new Latencies()).time(() -> AppNode.expect(
              node.get("petugas", "/api/persons?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)), 200));
        }
      }
    }
    String conditions = total + " persons in " + QueueScenario.REGENCIES.size() + " regencies, " + calls
        + " sequential calls as petugas (scope 3504) through the API; reference: JDBC query in the same run";
    return List.of(
        Measurement.below(name(), "NIK lookup p95 (ms)", nikApi.percentileMillis(95), nikSql.percentileMillis(95),
            5, "ms", conditions + " (SELECT … WHERE nik = ?)"),
        Measurement.below(name(), "name search p95 (ms)", nameApi.percentileMillis(95), nameSql.percentileMillis(95),
            100, "ms", conditions + " (name contains the words, newest 501, as the search's prefilter)"));
  }

  /** A full name half of the time, otherwise one word of it (what a caseworker types). */
  private static String searchText(SyntheticPeople.Person p, Random random) {
    String[] words = p.name().split(" ");
    return random.nextBoolean() || words.length == 1 ? p.name() : words[1 + random.nextInt(words.length - 1)];
  }

  private static void rows(PreparedStatement statement, String value, int expected) throws Exception {
    statement.setString(1, value);
    int n = 0;
    try (ResultSet r = statement.executeQuery()) {
      while (r.next()) {
        n++;
      }
    }
    if (expected >= 0 && n != expected) {
      throw new IllegalStateException("Expected " + expected + " rows, found " + n);
    }
  }

  /** COPY of the persons not yet seeded (a re-run continues), then ANALYZE and the id sequence moved past them. */
  static void seed(Database db, SyntheticPeople people, int persons) throws Exception {
    long present = db.queryLong("SELECT count(*) FROM person WHERE id >= ?", FIRST_ID);
    if (present < persons) {
      try (Connection c = db.connect()) {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY person (id, nik, name, sex, birth_date,"
            + " province_code, regency_code, district_code, village_code, created_at, version, name_key)"
            + " FROM STDIN (FORMAT csv)");
        StringBuilder chunk = new StringBuilder(1 << 20);
        for (long i = present; i < persons; i++) {
          SyntheticPeople.Person p = people.person(i);
          chunk.append(FIRST_ID + i).append(',').append(p.nik()).append(',').append(p.name()).append(',')
              .append(p.sex()).append(',').append(p.birthDate()).append(',').append(p.provinceCode()).append(',')
              .append(p.regencyCode()).append(',').append(p.districtCode()).append(',').append(p.villageCode())
              .append(",2026-01-01T00:00:00Z,0,").append(p.nameKey()).append('\n');
          if (chunk.length() > (1 << 20) - 400) {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
          }
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
      }
    }
    db.execute("ANALYZE person", "SELECT setval('person_seq', (SELECT max(id) + 1000 FROM person))");
  }
}
