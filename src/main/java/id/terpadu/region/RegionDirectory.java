package id.terpadu.region;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region reference data (Kemendagri codes of provinces, regencies, districts and villages) and the
 * rules that follow from the codes: a code starts with its parent's code, so a region lies inside a scope
 * when its code starts with the scope's code.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

  static final String NO_REGENCY =
      "Kode wilayah harus berupa kode kabupaten/kota, kecamatan, atau desa/kelurahan.";

  private final RegionRepository regions;
  private final JdbcTemplate jdbc;

  RegionDirectory(RegionRepository regions, JdbcTemplate jdbc) {
    this.regions = regions;
    this.jdbc = jdbc;
  }

  /** The region with this code; empty when the code is malformed or unknown. */
  public Optional<Region> find(String code) {
    return RegionLevel.isValidCode(code) ? regions.findById(code) : Optional.empty();
  }

  /** Whether a region with this code exists at the given level. */
  public boolean exists(String code, RegionLevel level) {
    // Asked at every complaint and person: one statement, without the auto-flush check of the caller's
    // persistence context that a JPA query brings.
    return level != null && RegionLevel.find(code).filter(level::equals).isPresent()
        && !jdbc.queryForList("SELECT code FROM region WHERE code = ?", String.class, code).isEmpty();
  }

  /**
   * The regency (kabupaten/kota) code a region belongs to: the code itself for a regency, its first four
   * digits for a district or village. Works on the code alone; it does not check that the region exists.
   *
   * @throws InvalidRegionCodeException if the code is malformed or is a province code
   */
  public String regencyOf(String code) {
    RegionLevel level = RegionLevel.ofCode(code);
    if (level == RegionLevel.PROVINCE) {
      throw new InvalidRegionCodeException(code, NO_REGENCY);
    }
    return code.substring(0, RegionLevel.REGENCY.codeLength());
  }

  /**
   * Whether {@code code} lies inside the region {@code scopeCode} (or is that region): its code starts
   * with the scope's code. False when either code is malformed, so a blank or broken scope never grants
   * access to everything.
   */
  public boolean contains(String scopeCode, String code) {
    return RegionLevel.isValidCode(scopeCode) && RegionLevel.isValidCode(code) && code.startsWith(scopeCode);
  }

  /** The regions one level below, ordered by code; empty for a village, a malformed or unknown code. */
  public List<Region> children(String parentCode) {
    return RegionLevel.isValidCode(parentCode) ? regions.findByParentCodeOrderByCode(parentCode) : List.of();
  }

  /** All provinces, ordered by code. */
  public List<Region> provinces() {
    return regions.findByLevelOrderByCode(RegionLevel.PROVINCE);
  }

  /** Number of regions loaded at a level. */
  public long count(RegionLevel level) {
    return regions.countByLevel(level);
  }
}
