package id.terpadu.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What one case contributes to the timeliness report (docs/reports.md): the single definition of its three
 * durations. The tally's sums and the district and village reports are built from these (ADR 0034).
 *
 * <p>Durations are whole tenths of a day (8,640 s), rounded down: 2 days and 23 hours count 29 tenths (2.9 days).
 */
final class TimelinessParts {

  /** Closures at triage: the complaint was no case (or a duplicate), not a termination. */
  static final Set<String> TRIAGE_CLOSURES = Set.of("NOT_A_CASE", "DUPLICATE");

  /** The measures, as stored in {@code timeliness_tally_sums.measure}. */
  static final String TRIAGE = "TRIAGE";
  static final String REFERRAL = "REFERRAL";
  static final String TERMINATION = "TERMINATION";

  /**
   * The case as stored, with its year of receipt in the unit's time zone and the completion of its first
   * referral verified as done (null when none).
   */
  record Source(long caseId, String regency, String district, String village, int receiptYear, Instant receivedAt,
      Instant triagedAt, String status, Instant closedAt, String closureReason, Instant firstReferralDoneAt) {}

  /** The three durations in tenths of a day; null for a duration the case has not reached. */
  record Part(long caseId, String regency, String district, String village, int receiptYear, Integer triage,
      Integer referral, Integer termination) {

    boolean isEmpty() {
      return triage == null && referral == null && termination == null;
    }
  }

  private TimelinessParts() {}

  /** The case's part; {@link Part#isEmpty()} when it reached none of the three. */
  static Part of(Source c) {
    boolean terminated = "CLOSED".equals(c.status()) && c.closedAt() != null
        && (c.closureReason() == null || !TRIAGE_CLOSURES.contains(c.closureReason()));
    return new Part(c.caseId(), c.regency(), c.district(), c.village(), c.receiptYear(),
        tenths(c.receivedAt(), c.triagedAt()), tenths(c.receivedAt(), c.firstReferralDoneAt()),
        terminated ? tenths(c.receivedAt(), c.closedAt()) : null);
  }

  /** Whole tenths of a day from one instant to another (floor); null when either is missing. */
  static Integer tenths(Instant from, Instant to) {
    if (from == null || to == null) {
      return null;
    }
    return (int) Math.floorDiv(Duration.between(from, to).toMillis(), 8_640_000L);
  }
}
