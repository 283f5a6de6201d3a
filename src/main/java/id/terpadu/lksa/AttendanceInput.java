package id.terpadu.lksa;

/**
 * Attendance as the phone page sends it: the status (default present), the device's location and its accuracy in
 * metres (all null when the browser gave none), and the reason when the location is missing or too far.
 */
public record AttendanceInput(String status, Double latitude, Double longitude, Double accuracy,
    String locationReason) {}
