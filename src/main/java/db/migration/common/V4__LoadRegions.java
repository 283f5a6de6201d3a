package db.migration.common;

import id.terpadu.region.CsvLineParser;
import id.terpadu.region.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the region reference data (Kemendagri codes; ODbL v1.0, see {@code reference/regions/README.md})
 * from the CSV files on the classpath into the {@code region} table created by {@code V3__region.sql}.
 * Parents are inserted before their children: provinces, regencies, districts, villages. Every row is
 * checked (code length and digits, code starting with its parent's code) so a damaged file stops the
 * migration instead of loading half-right data. Runs on H2 and PostgreSQL alike.
 */
public class V4__LoadRegions extends BaseJavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(V4__LoadRegions.class);

  private static final String DIRECTORY = "reference/regions/";
  private static final int BATCH_SIZE = 1000;
  private static final int MAX_NAME_LENGTH = 200;
  private static final String INSERT = "INSERT INTO region (code, parent_code, level, name) VALUES (?, ?, ?, ?)";

  /** One file per level, in parent-before-child order, with the header it must have. */
  private static final List<Source> SOURCES = List.of(
      new Source("provinces.csv", RegionLevel.PROVINCE, "code,name"),
      new Source("regencies.csv", RegionLevel.REGENCY, "code,province_code,name"),
      new Source("districts.csv", RegionLevel.DISTRICT, "code,regency_code,name"),
      new Source("villages.csv", RegionLevel.VILLAGE, "code,district_code,name"));

  @Override
  public void migrate(Context context) throws Exception {
    long started = System.nanoTime();
    Connection connection = context.getConnection();
    int total = 0;
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Source source : SOURCES) {
        int rows = load(source, insert);
        LOG.info("Loaded {} {} regions from {}", rows, source.level(), source.file());
        total += rows;
      }
    }
    LOG.info("Loaded {} regions in {} ms", total, (System.nanoTime() - started) / 1_000_000);
  }

  private static int load(Source source, PreparedStatement insert) throws IOException, SQLException {
    String resource = DIRECTORY + source.file();
    InputStream stream = V4__LoadRegions.class.getClassLoader().getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("Region file missing from the classpath: " + resource);
    }
    int rows = 0;
    int pending = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !source.header().equals(header.strip())) {
        throw new IllegalStateException(resource + ": expected header '" + source.header() + "'");
      }
      int lineNumber = 1;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Row row = parse(source, line, resource, lineNumber);
        insert.setString(1, row.code());
        insert.setString(2, row.parentCode());
        insert.setString(3, source.level().name());
        insert.setString(4, row.name());
        insert.addBatch();
        rows++;
        if (++pending == BATCH_SIZE) {
          insert.executeBatch();
          pending = 0;
        }
      }
    }
    if (pending > 0) {
      insert.executeBatch();
    }
    return rows;
  }

  private static Row parse(Source source, String line, String resource, int lineNumber) {
    List<String> fields;
    try {
      fields = CsvLineParser.parse(line);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(resource + " line " + lineNumber + ": " + e.getMessage(), e);
    }
    boolean province = source.level() == RegionLevel.PROVINCE;
    int expected = province ? 2 : 3;
    if (fields.size() != expected) {
      throw new IllegalStateException(
          resource + " line " + lineNumber + ": expected " + expected + " fields, found " + fields.size());
    }
    String code = fields.get(0);
    String parentCode = province ? null : fields.get(1);
    String name = fields.get(expected - 1);
    if (RegionLevel.find(code).orElse(null) != source.level()) {
      throw new IllegalStateException(resource + " line " + lineNumber + ": '" + code + "' is not a "
          + source.level() + " code");
    }
    if (!province && !RegionLevel.parentCodeOf(code).orElseThrow().equals(parentCode)) {
      throw new IllegalStateException(resource + " line " + lineNumber + ": parent '" + parentCode
          + "' does not match code '" + code + "'");
    }
    if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalStateException(resource + " line " + lineNumber + ": name is blank or too long");
    }
    return new Row(code, parentCode, name);
  }

  private record Source(String file, RegionLevel level, String header) {}

  private record Row(String code, String parentCode, String name) {}
}
