package id.terpadu.importing;

import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.Channel;
import id.terpadu.casefile.ClosureReason;
import id.terpadu.casefile.RiskLevel;
import java.time.LocalDate;

/**
 * One valid row of a historical case import: the spreadsheet's case number, the regency it belongs to (from its
 * region code) and what the case file records of it. The child is described without identity (sex, birth date).
 */
record CaseRow(long line, String caseNumber, LocalDate receivedDate, String category, RiskLevel riskLevel,
    Channel channel, String regencyCode, String districtCode, String villageCode, String childSex,
    LocalDate childBirthDate, CaseStatus status, LocalDate closedDate, ClosureReason closureReason) {}
