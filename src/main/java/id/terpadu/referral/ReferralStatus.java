package id.terpadu.referral;

/** Where a referral stands, from sending to the caseworker's verification. */
public enum ReferralStatus {
  SENT, ACCEPTED, DECLINED, SERVICE_REPORTED, VERIFIED, CANCELLED
}
