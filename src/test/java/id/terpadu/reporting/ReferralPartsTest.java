package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.reporting.ReferralParts.Part;
import id.terpadu.reporting.ReferralParts.Source;
import id.terpadu.reporting.ReferralParts.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralPartsTest {

  static final Instant SENT = Instant.parse("2024-03-01T02:00:00Z");
  static final LocalDate TARGET = LocalDate.of(2024, 3, 20);

  static Source source(String agency, String status, String outcome, String declineReason, LocalDate serviceDate,
      Instant completedAt, Step... history) {
    return new Source(7L, 70L, "3504", "350401", "3504012001", 2024, agency, status, outcome, declineReason, TARGET,
        serviceDate, SENT, completedAt, List.of(history));
  }

  @Test
  void aDeclinedReferralSentOnCountsAtBothAgenciesAndIsHeldByTheSecond() {
    List<Part> parts = ReferralParts.of(source("dinsos", "ACCEPTED", null, null, null, null,
        new Step("SENT", "rsud"), new Step("DECLINED", "rsud"), new Step("SENT", "dinsos"),
        new Step("ACCEPTED", "dinsos")));

    assertThat(parts).hasSize(2);
    Part rsud = parts.get(0);
    assertThat(List.of(rsud.sent(), rsud.accepted(), rsud.declined(), rsud.inProgress())).containsExactly(1, 0, 1, 0);
    assertThat(rsud.openTarget()).isNull();
    Part dinsos = parts.get(1);
    assertThat(List.of(dinsos.sent(), dinsos.accepted(), dinsos.declined(), dinsos.inProgress()))
        .containsExactly(1, 1, 0, 1);
    assertThat(dinsos.openTarget()).isEqualTo(TARGET);
  }

  @Test
  void aVerifiedReferralCountsWholeDaysAndLateService() {
    Instant verified = SENT.plus(Duration.ofDays(9).plusHours(20));
    Part lbh = ReferralParts.of(source("lbh", "VERIFIED", "DONE", null, TARGET.plusDays(1), verified,
        new Step("SENT", "lbh"), new Step("ACCEPTED", "lbh"), new Step("SERVICE_REPORTED", "lbh"),
        new Step("VERIFIED", "lbh"))).get(0);

    assertThat(List.of(lbh.completed(), lbh.notCompleted(), lbh.overdueVerified(), lbh.inProgress()))
        .containsExactly(1, 0, 1, 0);
    assertThat(lbh.doneDays()).isEqualTo(9);
    assertThat(lbh.openTarget()).isNull();
  }

  @Test
  void aCancellationCountsUnlessTheAgencyHadDeclined() {
    Part cancelled = ReferralParts.of(source("rsud", "CANCELLED", null, null, null, SENT.plusSeconds(60),
        new Step("SENT", "rsud"), new Step("CANCELLED", "rsud"))).get(0);
    assertThat(cancelled.cancelled()).isEqualTo(1);
    Part afterDecline = ReferralParts.of(source("rsud", "CANCELLED", null, "Tidak ada dokter", null,
        SENT.plusSeconds(60), new Step("SENT", "rsud"), new Step("DECLINED", "rsud"), new Step("CANCELLED", "rsud")))
        .get(0);
    assertThat(afterDecline.cancelled()).isZero();
    assertThat(afterDecline.declined()).isEqualTo(1);
  }
}
