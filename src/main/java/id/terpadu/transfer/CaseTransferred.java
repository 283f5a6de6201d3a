package id.terpadu.transfer;

/**
 * Published in the transaction that hands a case over to another unit, after the case file and its running
 * process have moved: features whose open forms or records depend on the unit (options offered in a form, the
 * regency of a referral, the contact caseworker an agency sees) bring them up to date.
 *
 * @param processInstanceId the case's process instance, null when the case has none
 * @param previousCaseworkerId the caseworker of the sending unit, unassigned by the transfer (may be null)
 */
public record CaseTransferred(long caseId, String processInstanceId, String fromRegency, String toRegency,
    String previousCaseworkerId) {}
