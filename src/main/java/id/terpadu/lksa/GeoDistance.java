package id.terpadu.lksa;

/** Great-circle distance on a spherical Earth (haversine), enough for "is the phone at the institution". */
public final class GeoDistance {

  /** Mean Earth radius in metres (IUGG). */
  static final double EARTH_RADIUS_METERS = 6_371_008.8;

  private GeoDistance() {}

  /** Distance in metres between two points given in decimal degrees. */
  public static double meters(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = Math.toRadians(lat2 - lat1);
    double dLambda = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
