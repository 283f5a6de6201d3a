package id.terpadu.lksa;

/** Stable problem codes of the LKSA API. */
public final class LksaProblems {
  public static final String INSTITUTION_NOT_FOUND = "LKSA_INSTITUTION_NOT_FOUND";
  public static final String RESIDENT_NOT_FOUND = "LKSA_RESIDENT_NOT_FOUND";
  public static final String REGION_NOT_FOUND = "LKSA_REGION_NOT_FOUND";
  public static final String INSTITUTION_EXISTS = "LKSA_INSTITUTION_EXISTS";
  public static final String OPEN_STAY_EXISTS = "LKSA_OPEN_STAY_EXISTS";
  public static final String ALREADY_DISCHARGED = "LKSA_ALREADY_DISCHARGED";
  public static final String LOCATION_MISSING = "LKSA_LOCATION_MISSING";
  public static final String LOCATION_TOO_FAR = "LKSA_LOCATION_TOO_FAR";
  public static final String VERSION_CONFLICT = "LKSA_VERSION_CONFLICT";

  private LksaProblems() {}
}
