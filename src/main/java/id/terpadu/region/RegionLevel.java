package id.terpadu.region;

import java.util.Optional;

/**
 * The four levels of Indonesian administrative regions, told apart by the length of their Kemendagri
 * code: province 2 digits, regency (kabupaten/kota) 4, district (kecamatan) 6, village (desa/kelurahan)
 * 10. A code starts with the code of its parent.
 */
public enum RegionLevel {
  PROVINCE(2),
  REGENCY(4),
  DISTRICT(6),
  VILLAGE(10);

  private final int codeLength;

  RegionLevel(int codeLength) {
    this.codeLength = codeLength;
  }

  /** Number of digits of a code at this level. */
  public int codeLength() {
    return codeLength;
  }

  /** The level above this one, empty for {@link #PROVINCE}. */
  public Optional<RegionLevel> parent() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  /**
   * The level of a region code, from its length. Only the ASCII digits 0–9 are allowed.
   *
   * @throws InvalidRegionCodeException if the code is null, has other characters than digits, or has a
   *     length that is not 2, 4, 6 or 10
   */
  public static RegionLevel ofCode(String code) {
    return find(code).orElseThrow(() -> new InvalidRegionCodeException(code));
  }

  /** The level of a region code, or empty when it is not a well-formed code (see {@link #ofCode}). */
  public static Optional<RegionLevel> find(String code) {
    if (code == null || !digitsOnly(code)) {
      return Optional.empty();
    }
    for (RegionLevel level : values()) {
      if (level.codeLength == code.length()) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** Whether the code is a well-formed region code of any level. */
  public static boolean isValidCode(String code) {
    return find(code).isPresent();
  }

  /** The code of the parent region (the code cut to the parent level's length), empty for a province. */
  public static Optional<String> parentCodeOf(String code) {
    return ofCode(code).parent().map(parent -> code.substring(0, parent.codeLength));
  }

  private static boolean digitsOnly(String code) {
    if (code.isEmpty()) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
