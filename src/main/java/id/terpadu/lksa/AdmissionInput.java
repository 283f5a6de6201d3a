package id.terpadu.lksa;

import java.time.LocalDate;

/** An admission as the API receives it: the registry's person id, the date, the reason and the referring case. */
public record AdmissionInput(Long personId, Long caseId, LocalDate admittedOn, String reason, String note) {}
