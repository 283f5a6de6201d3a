package id.terpadu.person;

/** What {@link PersonRegistration#register} does when records that may be the same person exist. */
public enum DuplicatePolicy {
  /** Create nothing and return the candidates (score {@link DuplicateScore#POSSIBLE} or more in scope). */
  REJECT_POSSIBLE,
  /** The user saw the candidates and confirmed a new person: create it and record the confirmation. */
  CONFIRMED_NEW,
  /**
   * No fuzzy check (exact NIK and source id are still checked): for bulk imports that compute candidates after
   * the load.
   */
  NO_FUZZY_CHECK
}
