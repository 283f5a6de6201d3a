package id.terpadu.referral;

/**
 * The variables of a referral process instance: the referral summary a partner agency may see, and the
 * routing facts of its gateways. Nothing else of the case reaches the referral instance.
 */
public final class ReferralVariables {
  public static final String PROCESS_KEY = "Process_Referral";
  public static final String REFERRAL_ID = "referralId";
  public static final String AGENCY_CODE = "agencyCode";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String CHILD_FIRST_NAME = "childFirstName";
  public static final String CHILD_AGE = "childAge";
  public static final String SERVICE_TYPE = "serviceType";
  public static final String SERVICE_LABEL = "serviceLabel";
  public static final String TARGET_DATE = "targetDate";
  public static final String CONTACT_CASEWORKER = "contactCaseworker";
  public static final String CONTACT_NAME = "contactCaseworkerName";
  public static final String CONTACT_EMAIL = "contactCaseworkerEmail";
  public static final String ACCEPTED = "referralAccepted";
  public static final String VERIFIED = "serviceVerified";
  public static final String REROUTE_DECISION = "rerouteDecision";
  public static final String SERVICE_NOTE = "confidentialServiceNote";

  public static final String MESSAGE_CANCEL = "Message_CancelReferral";
  public static final String MESSAGE_SERVICE_ADDED = "Message_ServiceAdded";

  private ReferralVariables() {}
}
