package id.terpadu.reporting;

/**
 * The referral report's aggregates as SQL over the referral tables, for cases selected by a condition on
 * {@code child_case c}: used to fill a bucket of the referral tally ({@link ReferralTally}) and to answer reports
 * whose scope the tally does not cover (districts and villages). Each select yields {@code regency} (the given
 * grouping expression), {@code agency} and its measures; the callers add their own grouping columns.
 */
final class ReferralAggregates {

  /** Referral statuses of a referral that an agency still holds (answer, service or report pending). */
  static final String OPEN_AT_AGENCY = "('SENT', 'ACCEPTED', 'SERVICE_REPORTED')";

  private static final String FROM = " FROM child_case c JOIN referral r ON r.case_id = c.id";

  private ReferralAggregates() {}

  /** Per agency of the status history: times sent, distinct referrals accepted, times declined. */
  static String events(String regency, String condition) {
    return "SELECT " + regency + " AS regency, h.agency_code AS agency,"
        + " SUM(CASE WHEN h.status = 'SENT' THEN 1 ELSE 0 END) AS sent,"
        + " COUNT(DISTINCT CASE WHEN h.status = 'ACCEPTED' THEN h.referral_id END) AS accepted,"
        + " SUM(CASE WHEN h.status = 'DECLINED' THEN 1 ELSE 0 END) AS declined"
        + FROM + " JOIN referral_status_change h ON h.referral_id = r.id"
        + " WHERE " + condition + " AND h.status IN ('SENT', 'ACCEPTED', 'DECLINED')"
        + " GROUP BY " + regency + ", h.agency_code";
  }

  /**
   * Per agency that holds the referral now: verified done and not done, cancelled (not after a decline), still
   * open, and verified with a service date after the target date.
   */
  static String states(String regency, String condition) {
    return "SELECT " + regency + " AS regency, r.agency_code AS agency,"
        + " SUM(CASE WHEN r.status = 'VERIFIED' AND r.outcome = 'DONE' THEN 1 ELSE 0 END) AS completed,"
        + " SUM(CASE WHEN r.status = 'VERIFIED' AND r.outcome = 'NOT_DONE' THEN 1 ELSE 0 END) AS not_completed,"
        + " SUM(CASE WHEN r.status = 'CANCELLED' AND r.decline_reason IS NULL THEN 1 ELSE 0 END) AS cancelled,"
        + " SUM(CASE WHEN r.status IN " + OPEN_AT_AGENCY + " THEN 1 ELSE 0 END) AS in_progress,"
        + " SUM(CASE WHEN r.status = 'VERIFIED' AND r.service_date > r.target_date THEN 1 ELSE 0 END)"
        + " AS overdue_verified"
        + FROM + " WHERE " + condition
        + " GROUP BY " + regency + ", r.agency_code";
  }

  /** Referrals still open at the agency, per target date. */
  static String open(String regency, String condition) {
    return "SELECT " + regency + " AS regency, r.agency_code AS agency, r.target_date, COUNT(*) AS referrals"
        + FROM + " WHERE " + condition + " AND r.status IN " + OPEN_AT_AGENCY
        + " GROUP BY " + regency + ", r.agency_code, r.target_date";
  }

  /** Referrals verified done, per whole days from sending (the referral's creation) to the verification. */
  static String days(String regency, String condition) {
    String days = "CAST(FLOOR((EXTRACT(EPOCH FROM r.completed_at) - EXTRACT(EPOCH FROM r.created_at)) / 86400.0)"
        + " AS INTEGER)";
    return "SELECT " + regency + " AS regency, r.agency_code AS agency, " + days + " AS days,"
        + " COUNT(*) AS referrals"
        + FROM + " WHERE " + condition + " AND r.status = 'VERIFIED' AND r.outcome = 'DONE'"
        + " AND r.completed_at IS NOT NULL"
        + " GROUP BY " + regency + ", r.agency_code, " + days;
  }
}
