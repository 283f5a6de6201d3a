package id.terpadu.lksa;

import java.time.Instant;
import java.time.LocalDate;

/** One day's attendance of a resident, as recorded. {@code created}: first record of the day (201) or a correction. */
public record AttendanceView(long id, long residentId, LocalDate date, AttendanceStatus status, String statusLabel,
    Instant recordedAt, String recordedBy, Double latitude, Double longitude, Double accuracy, Double distanceMeters,
    String locationReason, boolean created) {

  static AttendanceView of(Attendance a, boolean created) {
    return new AttendanceView(a.getId(), a.getResidenceId(), a.getAttendanceDate(), a.getStatus(),
        a.getStatus().label(), a.getRecordedAt(), a.getRecordedBy(), a.getLatitude(), a.getLongitude(),
        a.getAccuracyMeters(), a.getDistanceMeters() == null ? null : (double) Math.round(a.getDistanceMeters()),
        a.getLocationReason(), created);
  }
}
