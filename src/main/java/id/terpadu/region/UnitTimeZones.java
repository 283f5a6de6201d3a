package id.terpadu.region;

import java.time.ZoneId;
import java.util.Set;

/**
 * The local time zone of a region, by province: WIB (Asia/Jakarta), WITA (Asia/Makassar) or WIT
 * (Asia/Jayapura). "Same day", working days and the year of a case number count in this zone.
 */
public final class UnitTimeZones {

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

  /** Bali, Nusa Tenggara, South/East/North Kalimantan and every Sulawesi province. */
  private static final Set<String> WITA_PROVINCES =
      Set.of("51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76");
  /** Maluku, North Maluku and every Papua province. */
  private static final Set<String> WIT_PROVINCES =
      Set.of("81", "82", "91", "92", "93", "94", "95", "96", "97");

  private UnitTimeZones() {}

  /** The zone of any region code (province, regency, district or village). */
  public static ZoneId of(String regionCode) {
    if (regionCode == null || regionCode.length() < 2) {
      throw new IllegalArgumentException("Not a region code: " + regionCode);
    }
    String province = regionCode.substring(0, 2);
    if (WITA_PROVINCES.contains(province)) {
      return WITA;
    }
    return WIT_PROVINCES.contains(province) ? WIT : WIB;
  }

  /** {@code WIB}, {@code WITA} or {@code WIT}, as Indonesians write it after a time; another zone by its id. */
  public static String abbreviation(ZoneId zone) {
    if (WIB.equals(zone)) {
      return "WIB";
    }
    if (WITA.equals(zone)) {
      return "WITA";
    }
    return WIT.equals(zone) ? "WIT" : zone.getId();
  }
}
