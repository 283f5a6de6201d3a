package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.person.DuplicateScore.Facts;
import id.terpadu.person.DuplicateScore.Result;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The duplicate score orders candidates by how much of name, birth date and place they share. */
class DuplicateScoreTest {

  private static final LocalDate BORN = LocalDate.of(2012, 3, 7);
  private static final String VILLAGE = "3504012001";
  private static final String OTHER_VILLAGE_SAME_DISTRICT = "3504012002";
  private static final String OTHER_DISTRICT_VILLAGE = "3504022001";

  private static final Facts CHILD = new Facts(null, "Muhammad Rizki", BORN, null, VILLAGE);

  private static Result score(Facts candidate) {
    return DuplicateScore.score(CHILD, candidate);
  }

  @Test
  void theSameNikIsCertainWhateverElseDiffers() {
    Facts a = new Facts("3504010703120001", "Rizki", BORN, null, VILLAGE);
    Facts b = new Facts(" 3504010703120001 ", "Budi", null, null, null);

    Result result = DuplicateScore.score(a, b);

    assertThat(result.score()).isEqualTo(100);
    assertThat(result.certain()).isTrue();
    assertThat(result.messages()).containsExactly("NIK sama");
  }

  @Test
  void sameNameDateAndVillageIsLikelyButNotCertain() {
    Result result = score(new Facts(null, "M. Rizky", BORN, "350401", VILLAGE));

    assertThat(result.score()).isEqualTo(99);
    assertThat(result.certain()).isFalse();
    assertThat(result.likely()).isTrue();
    assertThat(result.reasonCodes()).containsExactly(DuplicateScore.SAME_NAME, DuplicateScore.SAME_BIRTH_DATE,
        DuplicateScore.SAME_VILLAGE);
    assertThat(result.messages()).containsExactly("nama sama", "tanggal lahir sama", "desa/kelurahan sama");
  }

  @Test
  void aSimilarNameIsReportedAsSuch() {
    Result result = score(new Facts(null, "Muhammad Rizka", BORN, null, VILLAGE));

    assertThat(result.messages()).startsWith("nama mirip");
    assertThat(result.likely()).isTrue();
  }

  @Test
  void candidatesAreOrderedByWhatTheyShare() {
    int all = score(new Facts(null, "Mochammad Rizki", BORN, null, VILLAGE)).score();
    int typoInName = score(new Facts(null, "Muhammad Rizka", BORN, null, VILLAGE)).score();
    int sameDistrict = score(new Facts(null, "Muhammad Rizki", BORN, null, OTHER_VILLAGE_SAME_DISTRICT)).score();
    int otherDistrict = score(new Facts(null, "Muhammad Rizki", BORN, null, OTHER_DISTRICT_VILLAGE)).score();
    int swappedDate = score(new Facts(null, "Muhammad Rizki", LocalDate.of(2012, 7, 3), null, OTHER_DISTRICT_VILLAGE))
        .score();
    int sameYear = score(new Facts(null, "Muhammad Rizki", LocalDate.of(2012, 9, 1), null, OTHER_DISTRICT_VILLAGE))
        .score();
    int nameOnly = score(new Facts(null, "Muhammad Rizki", LocalDate.of(2009, 9, 1), "3503010", null)).score();
    int otherName = score(new Facts(null, "Siti Aminah", BORN, null, VILLAGE)).score();

    assertThat(all).isGreaterThan(typoInName);
    assertThat(typoInName).isGreaterThan(sameDistrict);
    assertThat(sameDistrict).isGreaterThan(otherDistrict);
    assertThat(otherDistrict).isGreaterThan(swappedDate);
    assertThat(swappedDate).isGreaterThan(sameYear);
    assertThat(sameYear).isGreaterThan(nameOnly);
    assertThat(nameOnly).isGreaterThan(otherName);
    assertThat(otherName).isLessThan(DuplicateScore.POSSIBLE);
  }

  @Test
  void sameDateAndVillageWithAnotherNameCountHalf() {
    Result result = score(new Facts(null, "Siti Aminah", BORN, null, VILLAGE));

    assertThat(result.score()).isEqualTo(25);
    assertThat(result.messages()).containsExactly("tanggal lahir sama", "desa/kelurahan sama", "nama berbeda");
    assertThat(DuplicateScore.score(new Facts(null, null, BORN, null, VILLAGE), CHILD).score()).isEqualTo(50);
  }

  @Test
  void swappedDayAndMonthIsNamed() {
    Result result = score(new Facts(null, "Muhammad Rizki", LocalDate.of(2012, 7, 3), null, null));

    assertThat(result.reasonCodes()).containsExactly(DuplicateScore.SAME_NAME, DuplicateScore.SWAPPED_BIRTH_DATE);
    assertThat(result.messages()).contains("tanggal lahir sama bila tanggal dan bulan tertukar");
  }

  @Test
  void aSwapInAnotherYearIsNoMatch() {
    Result result = score(new Facts(null, null, LocalDate.of(2013, 7, 3), null, null));

    assertThat(result.score()).isZero();
    assertThat(result.reasons()).isEmpty();
  }

  @Test
  void theDistrictComesFromTheVillageWhenNotGiven() {
    Result result = DuplicateScore.score(new Facts(null, null, null, "350401", null),
        new Facts(null, null, null, null, OTHER_VILLAGE_SAME_DISTRICT));

    assertThat(result.reasonCodes()).containsExactly(DuplicateScore.SAME_DISTRICT);
    assertThat(result.messages()).containsExactly("kecamatan sama");
  }

  @Test
  void differentNiksLowerTheScore() {
    Facts withNik = new Facts("3504010703120001", "Muhammad Rizki", BORN, null, VILLAGE);
    Facts otherNik = new Facts("3504010703120002", "Muhammad Rizki", BORN, null, VILLAGE);
    Facts noNik = new Facts(null, "Muhammad Rizki", BORN, null, VILLAGE);

    Result different = DuplicateScore.score(withNik, otherNik);

    assertThat(different.score()).isLessThan(DuplicateScore.score(withNik, noNik).score());
    assertThat(different.certain()).isFalse();
    assertThat(different.messages()).contains("NIK berbeda");
  }

  @Test
  void missingFactsScoreNothing() {
    Facts empty = new Facts(null, null, null, null, null);

    assertThat(DuplicateScore.score(empty, empty).score()).isZero();
    assertThat(DuplicateScore.score(empty, empty).certain()).isFalse();
    assertThat(DuplicateScore.score(new Facts("", "", null, " ", " "), new Facts("", "", null, " ", " ")).score())
        .isZero();
  }
}
