package id.terpadu.casefile;

/** Channel of a case (stable codes used in the API, the process and reports). */
public enum Channel {
  WALK_IN, PHONE, MESSAGE, LETTER, REFERRAL_POLICE, REFERRAL_SCHOOL, REFERRAL_HEALTH, REFERRAL_VILLAGE, COMMUNITY, OUTREACH, OTHER
}
