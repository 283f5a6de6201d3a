package id.terpadu.access;

/**
 * A record that belongs to a region: a case, a person, and later outreach visits, registry entries and KLA
 * submissions. Its region is its most precise code; the regency code is always set when any is.
 */
public interface Regional {

  String getRegencyCode();

  String getDistrictCode();

  String getVillageCode();

  /** The most precise region code known (village, else district, else regency), null when none. */
  default String regionCode() {
    if (getVillageCode() != null) {
      return getVillageCode();
    }
    return getDistrictCode() != null ? getDistrictCode() : getRegencyCode();
  }
}
