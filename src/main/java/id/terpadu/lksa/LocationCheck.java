package id.terpadu.lksa;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The attendance location rule: the device's point must lie within {@code limitMeters} of the institution
 * (haversine on the reported point; its accuracy is not subtracted), unless a reason is given; a missing location
 * also needs a reason. Answers the distance in metres (null without a location).
 */
final class LocationCheck {

  private LocationCheck() {}

  /**
   * @param latitude  the device's latitude, null when the browser gave none (both or neither, validated before)
   * @param reason    the staff's reason, null when blank
   * @throws ApiException 400 {@value LksaProblems#LOCATION_MISSING} or {@value LksaProblems#LOCATION_TOO_FAR}
   */
  static Double distance(Institution institution, Double latitude, Double longitude, String reason,
      double limitMeters) {
    if (latitude == null || longitude == null) {
      if (reason == null) {
        throw new ApiException(HttpStatus.BAD_REQUEST, LksaProblems.LOCATION_MISSING,
            "The device's location is missing; give a reason to record attendance without it.",
            List.of(new FieldProblem("locationReason", "LOCATION_MISSING",
                "Lokasi perangkat tidak terbaca. Izinkan akses lokasi di peramban, atau isi alasan mengapa lokasi "
                    + "tidak tersedia.")));
      }
      return null;
    }
    double distance = GeoDistance.meters(latitude, longitude, institution.getLatitude(), institution.getLongitude());
    if (distance > limitMeters && reason == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, LksaProblems.LOCATION_TOO_FAR,
          "The device is " + Math.round(distance) + " m from the institution (limit " + Math.round(limitMeters)
              + " m); give a reason to record attendance from there.",
          List.of(new FieldProblem("locationReason", "LOCATION_TOO_FAR", String.format(Locale.ROOT,
              "Lokasi Anda sekitar %d m dari lembaga (batas %d m). Catat kehadiran di lembaga, atau isi alasannya.",
              Math.round(distance), Math.round(limitMeters)))));
    }
    return distance;
  }
}
