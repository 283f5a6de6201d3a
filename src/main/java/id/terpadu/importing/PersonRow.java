package id.terpadu.importing;

import java.time.LocalDate;

/**
 * One valid row of a person import, ready to store. {@code nameKey} is {@code NameMatcher.key(name)}; optional
 * values are null when the file left them empty.
 */
record PersonRow(long line, String name, String nameKey, String sex, LocalDate birthDate, String villageCode,
    String nik, String kk, String birthPlace, String phone, String disability, String sourceId) {

  /** Whether the row can be matched with a stored person by an identifier (NIK or source id). */
  boolean identified() {
    return nik != null || sourceId != null;
  }

  String provinceCode() {
    return villageCode.substring(0, 2);
  }

  String regencyCode() {
    return villageCode.substring(0, 4);
  }

  String districtCode() {
    return villageCode.substring(0, 6);
  }
}
