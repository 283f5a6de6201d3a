package id.terpadu.monitoring;

/** Published (in the changing transaction) when a {@link CaseSituationSource}'s lines for a case have changed. */
public record CaseSituationChanged(long caseId) {}
