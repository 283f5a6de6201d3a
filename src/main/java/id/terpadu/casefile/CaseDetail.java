package id.terpadu.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case file as {@code GET /api/cases/{id}} answers it. Region names come from the region reference data;
 * the reporter's name and phone are null for readers who may not see them (see {@link CaseAccess.Reader}).
 * {@code historical}: imported from the unit's earlier records, with their number in {@code sourceCaseNumber}.
 */
public record CaseDetail(long id, String caseNumber, CaseStatus status, CaseStage stage, RiskLevel riskLevel,
    String primaryCategory, List<CaseCategories.Category> categories, Channel channel, Instant receivedAt,
    String regencyCode, String regencyName, String districtCode, String districtName, String villageCode,
    String villageName, String description, Reporter reporter, Child child, String caseworkerId, Triage triage,
    String duplicateOfCaseNumber, Closure closure, String processInstanceId, boolean historical,
    String sourceCaseNumber) {

  /** Who reported; name and phone only for readers who see the reporter's contact. */
  public record Reporter(boolean anonymous, String name, String phone, String relation) {}

  /**
   * The child as known: their person record ({@code GET /api/persons/{personId}}), and {@code ageYears} in the
   * unit's time zone (null without a birth date). An imported case has no person record: only sex and birth date
   * (personId and name null).
   */
  public record Child(Long personId, String name, String sex, LocalDate birthDate, Integer ageYears) {}

  /** The supervisor's triage decision. */
  public record Triage(TriageOutcome outcome, String by, Instant at, String note, String referredTo) {}

  /** Why and when the case was closed. */
  public record Closure(ClosureReason reason, Instant at) {}
}
