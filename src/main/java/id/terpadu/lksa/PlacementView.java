package id.terpadu.lksa;

import java.time.LocalDate;

/** A placement of a case's child in an institution, as the case's readers see it. */
public record PlacementView(long residentId, long institutionId, String institutionName, InstitutionType institutionType,
    String institutionTypeLabel, String institutionRegencyCode, LocalDate admittedOn, AdmissionReason admissionReason,
    String admissionReasonLabel, LocalDate dischargedOn, DischargeDestination dischargeDestination,
    String dischargeDestinationLabel, String followUpProcessInstanceId) {

  static PlacementView of(Residence r, Institution i) {
    return new PlacementView(r.getId(), i.getId(), i.getName(), i.getType(), i.getType().label(), i.getRegencyCode(),
        r.getAdmittedOn(), r.getAdmissionReason(), r.getAdmissionReason().label(), r.getDischargedOn(),
        r.getDischargeDestination(), r.getDischargeDestination() == null ? null : r.getDischargeDestination().label(),
        r.getFollowUpProcessId());
  }
}
