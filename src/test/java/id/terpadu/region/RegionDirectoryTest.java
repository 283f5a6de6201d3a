package id.terpadu.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The code rules of {@link RegionDirectory} that need no database. */
class RegionDirectoryTest {

  private final RegionDirectory directory = new RegionDirectory(null, null);

  @Test
  void regencyOfDistrictsAndVillagesIsTheirFirstFourDigits() {
    assertThat(directory.regencyOf("3504")).isEqualTo("3504");
    assertThat(directory.regencyOf("350401")).isEqualTo("3504");
    assertThat(directory.regencyOf("3504012001")).isEqualTo("3504");
  }

  @Test
  void aProvinceOrAMalformedCodeHasNoRegency() {
    assertThatThrownBy(() -> directory.regencyOf("35"))
        .isInstanceOf(InvalidRegionCodeException.class)
        .hasMessage("Kode wilayah harus berupa kode kabupaten/kota, kecamatan, atau desa/kelurahan.");
    assertThatThrownBy(() -> directory.regencyOf("35041")).isInstanceOf(InvalidRegionCodeException.class);
    assertThatThrownBy(() -> directory.regencyOf(null)).isInstanceOf(InvalidRegionCodeException.class);
  }

  @Test
  void aCodeIsInsideEveryScopeItStartsWith() {
    assertThat(directory.contains("35", "3504012001")).isTrue();
    assertThat(directory.contains("3504", "3504012001")).isTrue();
    assertThat(directory.contains("350401", "3504012001")).isTrue();
    assertThat(directory.contains("3504012001", "3504012001")).isTrue();
    assertThat(directory.contains("3504", "3504")).isTrue();
  }

  @Test
  void aCodeOutsideTheScopeOrAboveItIsNotContained() {
    assertThat(directory.contains("3503", "3504012001")).isFalse();
    assertThat(directory.contains("3504012001", "3504")).isFalse();
    assertThat(directory.contains("36", "3504")).isFalse();
  }

  @Test
  void aMalformedOrBlankScopeContainsNothing() {
    assertThat(directory.contains("", "3504")).isFalse();
    assertThat(directory.contains(null, "3504")).isFalse();
    assertThat(directory.contains("3", "3504")).isFalse();
    assertThat(directory.contains("350", "3504")).isFalse();
    assertThat(directory.contains("3504", null)).isFalse();
    assertThat(directory.contains("3504", "35041")).isFalse();
    assertThat(directory.contains("3504", "3504xx")).isFalse();
  }

  @Test
  void malformedCodesAreNotLookedUp() {
    assertThat(directory.find("35x")).isEmpty();
    assertThat(directory.find(null)).isEmpty();
    assertThat(directory.exists("3504", RegionLevel.DISTRICT)).isFalse();
    assertThat(directory.exists("3504", null)).isFalse();
    assertThat(directory.children("")).isEmpty();
  }
}
