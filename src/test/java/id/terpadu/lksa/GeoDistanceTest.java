package id.terpadu.lksa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

  @Test
  void theSamePointIsZeroMetresAway() {
    assertThat(GeoDistance.meters(-8.0655, 111.9025, -8.0655, 111.9025)).isZero();
  }

  @Test
  void oneThousandthOfADegreeOfLatitudeIsAbout111Metres() {
    assertThat(GeoDistance.meters(-8.0655, 111.9025, -8.0665, 111.9025)).isCloseTo(111.2, within(0.5));
  }

  @Test
  void aDegreeOfLongitudeShrinksWithLatitude() {
    // At the equator one degree of longitude is ~111.2 km; at 60° it is half of that.
    assertThat(GeoDistance.meters(0, 100, 0, 101)).isCloseTo(111_195, within(50.0));
    assertThat(GeoDistance.meters(60, 100, 60, 101)).isCloseTo(55_597, within(50.0));
  }

  @Test
  void knownCityDistance() {
    // From Tulungagung towards Trenggalek: about 21 km as the crow flies.
    assertThat(GeoDistance.meters(-8.0655, 111.9025, -8.0500, 111.7100)).isBetween(21_000.0, 22_000.0);
  }

  @Test
  void antipodesAreHalfTheCircumference() {
    assertThat(GeoDistance.meters(0, 0, 0, 180)).isCloseTo(Math.PI * GeoDistance.EARTH_RADIUS_METERS, within(1.0));
  }
}
