package id.terpadu.person;

import java.time.LocalDate;

/**
 * A person's registry fields after validation ({@link PersonValidator}): trimmed, blanks as null, NIK and KK as
 * 16 digits, sex {@code L} or {@code P}, and the most precise region code (village, else district).
 */
public record PersonDetails(String nik, String kk, String name, String sex, LocalDate birthDate, String birthPlace,
    String regionCode, String address, String phone, String disability, String sourceId) {

  /** The facts a duplicate score compares. */
  DuplicateScore.Facts facts() {
    boolean village = regionCode != null && regionCode.length() == 10;
    return new DuplicateScore.Facts(nik, name, birthDate,
        regionCode != null && regionCode.length() >= 6 ? regionCode.substring(0, 6) : null,
        village ? regionCode : null);
  }
}
