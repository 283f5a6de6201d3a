package id.terpadu.assignment;

/**
 * Published in the transaction that gives a running case another caseworker (after a transfer, or when the
 * caseworker changes): features that show the contact caseworker bring it up to date.
 */
public record CaseworkerReassigned(long caseId, String processInstanceId, String previousCaseworkerId,
    String caseworkerId) {}
