package id.terpadu.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutreachVisitTest {

  static final LocalDate DAY = LocalDate.of(2019, 8, 17);
  static final Instant NOW = Instant.parse("2026-01-05T03:00:00Z");

  @Test
  void theDistrictAndRegencyFollowFromTheVillage() {
    OutreachVisit visit = OutreachVisit.record(DAY, "3504011001", 12, "  Sosialisasi PATBM ", "baris-7", true,
        "pengawas", NOW);

    assertThat(visit.getDistrictCode()).isEqualTo("350401");
    assertThat(visit.getRegencyCode()).isEqualTo("3504");
    assertThat(visit.regionCode()).isEqualTo("3504011001");
    assertThat(visit.getActivity()).isEqualTo("Sosialisasi PATBM");
    assertThat(visit.isHistorical()).isTrue();
  }

  @Test
  void invalidVisitsAreRefused() {
    assertThatThrownBy(() -> OutreachVisit.record(DAY, "350401", 1, null, null, false, "u", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutreachVisit.record(DAY, "3504011001", -1, null, null, false, "u", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutreachVisit.record(DAY, "3504011001", 1, null, " ", false, "u", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutreachVisit.record(DAY, "3504011001", 1, "x".repeat(2001), null, false, "u", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
