package id.terpadu.importing;

import id.terpadu.person.NikCheck;
import id.terpadu.region.RegionLevel;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every region code of the reference data, loaded once per import run (about 92,000 codes), so that checking a
 * village code or a NIK's region prefix costs no query per row. Held only for the run: not a cache shared
 * between requests or nodes.
 */
final class RegionCodeSet implements NikCheck.RegionCodes {

  private final Set<String> codes;

  private RegionCodeSet(HashSet<String> loaded) {
    this.codes = Collections.unmodifiableSet(loaded);
  }

  static RegionCodeSet load(JdbcTemplate jdbc) {
    HashSet<String> codes = new HashSet<>(131_072);
    jdbc.query("SELECT code FROM region", rs -> {
      codes.add(rs.getString(1));
    });
    // The set as loaded (no copy of 92,000 codes): nobody else holds it.
    return new RegionCodeSet(codes);
  }

  @Override
  public boolean exists(String code, RegionLevel level) {
    return level != null && RegionLevel.find(code).filter(level::equals).isPresent() && codes.contains(code);
  }

  boolean villageExists(String code) {
    return exists(code, RegionLevel.VILLAGE);
  }
}
