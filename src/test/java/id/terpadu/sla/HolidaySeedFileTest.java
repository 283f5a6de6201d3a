package id.terpadu.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.sla.HolidaySeedFile.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The holiday list shipped in reference/holidays-id.csv, as the migration loads it. */
class HolidaySeedFileTest {

  static final List<Entry> SHIPPED = HolidaySeedFile.read();

  static List<Entry> year(int year) {
    return SHIPPED.stream().filter(e -> e.date().getYear() == year).toList();
  }

  @Test
  void year2026IsTheJointDecreeSeventeenHolidaysAndEightCollectiveLeaveDays() {
    Map<HolidayKind, Long> byKind = year(2026).stream()
        .collect(Collectors.groupingBy(Entry::kind, Collectors.counting()));
    assertThat(byKind).containsOnly(
        Map.entry(HolidayKind.NATIONAL_HOLIDAY, 17L), Map.entry(HolidayKind.COLLECTIVE_LEAVE, 8L));
    assertThat(year(2026)).allSatisfy(e -> {
      assertThat(e.source()).isEqualTo("SKB_2026");
      assertThat(e.provinceCode()).isNull();
    });
    assertThat(year(2026)).filteredOn(e -> e.kind() == HolidayKind.COLLECTIVE_LEAVE).extracting(Entry::date)
        .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 5, 15),
            LocalDate.of(2026, 5, 28), LocalDate.of(2026, 12, 24));
  }

  @Test
  void year2027MarksEveryDateNoDecreeConfirmsAsAnEstimate() {
    assertThat(year(2027)).isNotEmpty().allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo(HolidayKind.NATIONAL_HOLIDAY);
      assertThat(e.source()).isIn("FIXED_DATE", "EASTER_DATE", HolidaySeedFile.ESTIMATE);
      assertThat(e.name().endsWith("(perkiraan)")).as(e.toString()).isEqualTo(e.source().equals("ESTIMATE"));
    });
    assertThat(year(2027)).filteredOn(e -> e.source().equals("FIXED_DATE")).extracting(e -> e.date().toString())
        .containsExactly("2027-01-01", "2027-05-01", "2027-06-01", "2027-08-17", "2027-12-25");
    assertThat(year(2027)).filteredOn(e -> e.source().equals("EASTER_DATE")).extracting(e -> e.date().toString())
        .containsExactly("2027-03-26", "2027-03-28", "2027-05-06");
  }

  @Test
  void datesAreInOrderAndOnlyInTheSeededYears() {
    assertThat(SHIPPED).extracting(Entry::date).isSorted().allMatch(d -> d.getYear() == 2026 || d.getYear() == 2027);
  }

  @Test
  void aDateListedTwiceForTheSameProvinceStopsTheLoad() {
    assertThatThrownBy(() -> HolidaySeedFile.read("holidays/repeated-date.csv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("row 2").hasMessageContaining("twice");
  }

  @Test
  void aBrokenRowStopsTheLoadNamingTheRow() {
    // Row 2 is a regional day off on a national one's date: allowed. Row 3 has an unknown kind.
    assertThatThrownBy(() -> HolidaySeedFile.read("holidays/unknown-kind.csv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("row 3").hasMessageContaining("LIBUR");
    assertThatThrownBy(() -> HolidaySeedFile.read("holidays/not-iso.csv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an ISO date");
  }
}
