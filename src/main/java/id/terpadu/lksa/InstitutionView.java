package id.terpadu.lksa;

import java.time.Instant;

/** An institution as the API answers it, with how many children live there now. */
public record InstitutionView(long id, String code, String name, InstitutionType type, String typeLabel,
    String address, String provinceCode, String regencyCode, String districtCode, String villageCode,
    double latitude, double longitude, int capacity, Accreditation accreditation, String accreditationLabel,
    String contactName, String contactPhone, String contactEmail, String staffGroup, long residents,
    Instant createdAt, Instant updatedAt, long version) {

  static InstitutionView of(Institution i, long residents) {
    return new InstitutionView(i.getId(), i.getCode(), i.getName(), i.getType(), i.getType().label(),
        i.getAddress(), i.getProvinceCode(), i.getRegencyCode(), i.getDistrictCode(), i.getVillageCode(),
        i.getLatitude(), i.getLongitude(), i.getCapacity(), i.getAccreditation(), i.getAccreditation().label(),
        i.getContactName(), i.getContactPhone(), i.getContactEmail(), i.staffGroup(), residents, i.getCreatedAt(),
        i.getUpdatedAt(), i.getVersion());
  }
}
