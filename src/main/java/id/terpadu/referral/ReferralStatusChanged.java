package id.terpadu.referral;

import java.time.LocalDate;

/**
 * Published (synchronously, inside the transaction that changed it) whenever a referral is created or
 * changes status, for features that react to referrals (notifications). A listener that writes data takes
 * part in the same transaction: it commits or rolls back with the change.
 *
 * @param agencyCode the agency concerned now (after a reroute: the new one)
 */
public record ReferralStatusChanged(long referralId, long caseId, String agencyCode, ReferralStatus status,
    LocalDate targetDate) {

  static ReferralStatusChanged of(Referral referral) {
    return new ReferralStatusChanged(referral.getId(), referral.getCaseId(), referral.getAgencyCode(),
        referral.getStatus(), referral.getTargetDate());
  }
}
