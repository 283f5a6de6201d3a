package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.access.RegionScope;
import id.terpadu.region.UnitTimeZones;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptWindowTest {

  @Test
  void aYearStartsAtLocalMidnightOfTheUnit() {
    assertThat(ReceiptWindow.startOf(2024, UnitTimeZones.WIB)).isEqualTo(OffsetDateTime.parse("2023-12-31T17:00Z"));
    assertThat(ReceiptWindow.startOf(2024, UnitTimeZones.WIT)).isEqualTo(OffsetDateTime.parse("2023-12-31T15:00Z"));
  }

  @Test
  void oneZoneIsARangeAndACaseOverItsBoundaries() {
    ReceiptWindow window = new ReceiptWindow(RegionScope.of(List.of("3504")), new ReportPeriod(2020, 2022), "c");

    assertThat(window.condition()).isEqualTo(
        "(((c.regency_code = '3504') AND c.received_at >= :z0y2020 AND c.received_at < :z0y2023))");
    assertThat(window.yearExpression()).isEqualTo(
        "CASE WHEN c.received_at < :z0y2021 THEN 2020 WHEN c.received_at < :z0y2022 THEN 2021 ELSE 2022 END");
    assertThat(window.parameters()).containsEntry("z0y2023", OffsetDateTime.parse("2022-12-31T17:00Z"));
  }

  @Test
  void eachZoneOfAScopeCountsItsOwnYears() {
    ReceiptWindow window = new ReceiptWindow(RegionScope.of(List.of("35", "51", "94")), new ReportPeriod(2021, 2021),
        "c");

    assertThat(window.condition()).contains("c.regency_code LIKE '35%'").contains("c.regency_code LIKE '51%'")
        .contains("c.regency_code LIKE '94%'");
    assertThat(window.yearExpression()).startsWith("CASE WHEN (c.regency_code LIKE '35%') THEN 2021");
    assertThat(window.parameters()).hasSize(6)
        .containsValue(OffsetDateTime.parse("2020-12-31T16:00Z")) // WITA (Bali)
        .containsValue(OffsetDateTime.parse("2020-12-31T15:00Z")); // WIT (Papua)
  }

  @Test
  void anEmptyScopeCountsNothing() {
    ReceiptWindow window = new ReceiptWindow(RegionScope.of(List.of()), new ReportPeriod(2021, 2022), "c");

    assertThat(window.condition()).isEqualTo("1 = 0");
  }
}
