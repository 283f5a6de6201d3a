package id.terpadu.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one referral contributes to the referral report (docs/reports.md), per agency it has been at: the single
 * definition of the report's numbers. The tally's sums and the district and village reports are built from these.
 */
final class ReferralParts {

  private static final Set<String> OPEN_AT_AGENCY = Set.of("SENT", "ACCEPTED", "SERVICE_REPORTED");

  /** The referral as stored, with its case's region and year of receipt. */
  record Source(long referralId, long caseId, String regency, String district, String village, int receiptYear,
      String agency, String status, String outcome, String declineReason, LocalDate targetDate,
      LocalDate serviceDate, Instant createdAt, Instant completedAt, List<Step> history) {}

  /** One step of the referral's status history. */
  record Step(String status, String agency) {}

  /** The contribution at one agency; {@code openTarget} and {@code doneDays} only at the agency holding it now. */
  record Part(long referralId, String agency, long caseId, String regency, String district, String village,
      int receiptYear, int sent, int accepted, int declined, int completed, int notCompleted, int cancelled,
      int inProgress, int overdueVerified, LocalDate openTarget, Integer doneDays) {}

  private ReferralParts() {}

  static List<Part> of(Source r) {
    Set<String> agencies = new LinkedHashSet<>();
    r.history().forEach(step -> agencies.add(step.agency()));
    agencies.add(r.agency());
    boolean open = OPEN_AT_AGENCY.contains(r.status());
    boolean verified = "VERIFIED".equals(r.status());
    boolean done = verified && "DONE".equals(r.outcome());
    List<Part> parts = new ArrayList<>();
    for (String agency : agencies) {
      int sent = 0;
      int accepted = 0;
      int declined = 0;
      for (Step step : r.history()) {
        if (step.agency().equals(agency)) {
          switch (step.status()) {
            case "SENT" -> sent++;
            case "ACCEPTED" -> accepted = 1;
            case "DECLINED" -> declined++;
            default -> { }
          }
        }
      }
      boolean current = agency.equals(r.agency());
      parts.add(new Part(r.referralId(), agency, r.caseId(), r.regency(), r.district(), r.village(),
          r.receiptYear(), sent, accepted, declined,
          current && done ? 1 : 0,
          current && verified && "NOT_DONE".equals(r.outcome()) ? 1 : 0,
          current && "CANCELLED".equals(r.status()) && r.declineReason() == null ? 1 : 0,
          current && open ? 1 : 0,
          current && verified && r.serviceDate() != null && r.serviceDate().isAfter(r.targetDate()) ? 1 : 0,
          current && open ? r.targetDate() : null,
          current && done && r.completedAt() != null ? wholeDays(r.createdAt(), r.completedAt()) : null));
    }
    return parts;
  }

  /** Whole days between two instants (9 days and 20 hours count 9). */
  static int wholeDays(Instant from, Instant to) {
    return (int) Math.floorDiv(Duration.between(from, to).getSeconds(), 86_400L);
  }
}
