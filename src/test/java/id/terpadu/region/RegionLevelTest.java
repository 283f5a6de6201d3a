package id.terpadu.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionLevelTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"35, PROVINCE", "3504, REGENCY", "350401, DISTRICT", "3504012001, VILLAGE", "00, PROVINCE"})
  void theLevelFollowsFromTheLengthOfTheCode(String code, RegionLevel expected) {
    assertThat(RegionLevel.ofCode(code)).isEqualTo(expected);
    assertThat(RegionLevel.find(code)).contains(expected);
    assertThat(RegionLevel.isValidCode(code)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {"3", "350", "35040", "3504012", "35040120011", " 3504", "3504 ", "35.04", "35a4",
      "-350", "+350", "３５", "٣٥"})
  void malformedCodesAreRejectedWithAMessageInBahasaIndonesia(String code) {
    assertThat(RegionLevel.find(code)).isEmpty();
    assertThat(RegionLevel.isValidCode(code)).isFalse();
    assertThatThrownBy(() -> RegionLevel.ofCode(code))
        .isInstanceOf(InvalidRegionCodeException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kode wilayah harus terdiri dari 2, 4, 6 atau 10 angka.");
  }

  @Test
  void codeLengthsAndParents() {
    assertThat(RegionLevel.PROVINCE.codeLength()).isEqualTo(2);
    assertThat(RegionLevel.REGENCY.codeLength()).isEqualTo(4);
    assertThat(RegionLevel.DISTRICT.codeLength()).isEqualTo(6);
    assertThat(RegionLevel.VILLAGE.codeLength()).isEqualTo(10);
    assertThat(RegionLevel.PROVINCE.parent()).isEmpty();
    assertThat(RegionLevel.REGENCY.parent()).contains(RegionLevel.PROVINCE);
    assertThat(RegionLevel.DISTRICT.parent()).contains(RegionLevel.REGENCY);
    assertThat(RegionLevel.VILLAGE.parent()).contains(RegionLevel.DISTRICT);
  }

  @Test
  void theParentCodeIsTheCodeCutToTheParentLevel() {
    assertThat(RegionLevel.parentCodeOf("35")).isEmpty();
    assertThat(RegionLevel.parentCodeOf("3504")).contains("35");
    assertThat(RegionLevel.parentCodeOf("350401")).contains("3504");
    assertThat(RegionLevel.parentCodeOf("3504012001")).contains("350401");
    assertThatThrownBy(() -> RegionLevel.parentCodeOf("35040")).isInstanceOf(InvalidRegionCodeException.class);
  }
}
