package id.terpadu.casefile;

/**
 * Published in the closing transaction when a case is closed (at triage, or after an approved termination), for
 * features whose work on the case must end with it (e.g. case conferences and their decision tasks).
 */
public record CaseClosed(long caseId) {}
