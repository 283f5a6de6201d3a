package id.terpadu.lksa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The attendance location rule on its own: inside, too far with and without a reason, missing, other limits. */
class LocationCheckTest {

  static final double LAT = -8.0655;
  static final double LON = 111.9025;

  static Institution institution() {
    Institution institution = new Institution("budi-mulia", "test", Instant.EPOCH);
    institution.apply(new InstitutionInput("budi-mulia", "LKSA", "PANTI_ASUHAN", "Jl. 1", "3504", null, null, LAT, LON,
        10, "A", null, null, null).validate(true, (String code, RegionLevel level) -> true));
    return institution;
  }

  @Test
  void insideTheCircleNeedsNoReason() {
    // 0.0015° of latitude ≈ 167 m
    assertThat(LocationCheck.distance(institution(), LAT + 0.0015, LON, null, 200)).isBetween(160.0, 170.0);
    assertThat(LocationCheck.distance(institution(), LAT, LON, null, 200)).isZero();
  }

  @Test
  void tooFarWithoutAReasonIsRefusedWithTheDistanceAndTheLimit() {
    ApiException e = catchThrowableOfType(ApiException.class,
        () -> LocationCheck.distance(institution(), LAT + 0.0020, LON, null, 200));
    assertThat(e.status().value()).isEqualTo(400);
    assertThat(e.code()).isEqualTo("LKSA_LOCATION_TOO_FAR");
    assertThat(e.getMessage()).isEqualTo(
        "The device is 222 m from the institution (limit 200 m); give a reason to record attendance from there.");
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("locationReason");
      assertThat(p.message()).isEqualTo(
          "Lokasi Anda sekitar 222 m dari lembaga (batas 200 m). Catat kehadiran di lembaga, atau isi alasannya.");
    });
  }

  @Test
  void tooFarWithAReasonIsAcceptedAndItsDistanceKept() {
    assertThat(LocationCheck.distance(institution(), LAT + 0.0100, LON, "Di puskesmas", 200))
        .isBetween(1100.0, 1125.0);
  }

  @Test
  void theLimitIsConfigurable() {
    assertThat(LocationCheck.distance(institution(), LAT + 0.0020, LON, null, 250)).isBetween(220.0, 225.0);
    assertThat(catchThrowableOfType(ApiException.class,
        () -> LocationCheck.distance(institution(), LAT + 0.0015, LON, null, 100)).code())
        .isEqualTo("LKSA_LOCATION_TOO_FAR");
  }

  @Test
  void aMissingLocationNeedsAReason() {
    ApiException e = catchThrowableOfType(ApiException.class,
        () -> LocationCheck.distance(institution(), null, null, null, 200));
    assertThat(e.status().value()).isEqualTo(400);
    assertThat(e.code()).isEqualTo("LKSA_LOCATION_MISSING");
    assertThat(e.errors().get(0).message()).startsWith("Lokasi perangkat tidak terbaca.");
    assertThat(LocationCheck.distance(institution(), null, null, "GPS rusak", 200)).isNull();
  }
}
