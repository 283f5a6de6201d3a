package id.terpadu.lksa;

import java.time.LocalDate;

/**
 * An admission as the API receives it: the registry's person id, the date, the reason and the referring case, by
 * its id ({@code caseId}) or by its number ({@code caseNumber}, as users know it; used when no id is given).
 */
public record AdmissionInput(Long personId, Long caseId, String caseNumber, LocalDate admittedOn, String reason,
    String note) {}
