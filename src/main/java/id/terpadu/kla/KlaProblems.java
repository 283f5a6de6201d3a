package id.terpadu.kla;

/** Stable problem codes of the KLA API. */
public final class KlaProblems {
  public static final String ROUND_NOT_FOUND = "KLA_ROUND_NOT_FOUND";
  public static final String SUBMISSION_NOT_FOUND = "KLA_SUBMISSION_NOT_FOUND";
  public static final String EVIDENCE_NOT_FOUND = "KLA_EVIDENCE_NOT_FOUND";
  public static final String REGENCY_NOT_FOUND = "KLA_REGENCY_NOT_FOUND";
  public static final String ROUND_EXISTS = "KLA_ROUND_EXISTS";
  public static final String NO_DISTRICTS = "KLA_NO_DISTRICTS";
  public static final String SUBMISSION_LOCKED = "KLA_SUBMISSION_LOCKED";

  private KlaProblems() {}
}
