package id.terpadu.lksa;

import java.time.LocalDate;

/**
 * A resident's stay as its institution's staff and the regency's supervisors read it: who the child is (from the
 * person registry, not copied), the stay, and today's attendance status when the stay is open.
 */
public record ResidentView(long id, long institutionId, String institutionName, long personId, String name,
    String sex, LocalDate birthDate, Long caseId, LocalDate admittedOn, AdmissionReason admissionReason,
    String admissionReasonLabel, String admissionNote, LocalDate dischargedOn, DischargeDestination dischargeDestination,
    String dischargeDestinationLabel, String dischargeNote, boolean followUpStarted, AttendanceStatus attendanceToday,
    long version) {}
