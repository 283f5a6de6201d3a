package id.terpadu.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code GET /api/cases}: enough to find a case, nothing that identifies the child beyond the
 * first word of their name. {@code historical}: imported from the unit's earlier records (issue 8);
 * {@code awaitingTakeUp}: such a case is open and its process has not started ({@code POST /api/cases/{id}/take-up}).
 */
public record CaseSummary(long id, String caseNumber, CaseStatus status, CaseStage stage, RiskLevel riskLevel,
    String primaryCategory, Instant receivedAt, String regencyCode, String caseworkerId, String childFirstName,
    boolean historical, boolean awaitingTakeUp) {

  /** A page of the list, newest received first; {@code total} counts every matching case. */
  public record Page(List<CaseSummary> items, int page, int size, long total) {}
}
