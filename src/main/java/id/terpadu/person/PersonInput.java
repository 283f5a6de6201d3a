package id.terpadu.person;

/**
 * A person as entered (a form, an API call, one CSV row), every field as text and possibly blank; checked by
 * {@link PersonValidator}.
 *
 * @param nik 16 digits; spaces and dots between digit groups are allowed and removed
 * @param kk family card number (Kartu Keluarga), 16 digits
 * @param sex {@code L} or {@code P}
 * @param birthDate {@code yyyy-MM-dd}
 * @param villageCode 10 digits; or, when the village is unknown, {@code districtCode} (6 digits)
 * @param sourceId the importing source's own id of the record (idempotent re-imports)
 */
public record PersonInput(String nik, String kk, String name, String sex, String birthDate, String birthPlace,
    String villageCode, String districtCode, String address, String phone, String disability, String sourceId) {}
