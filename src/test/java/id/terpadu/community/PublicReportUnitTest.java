package id.terpadu.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.community.ReportCaseState.PublicStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tracking codes, form tokens and the status a reporter sees. */
class PublicReportUnitTest {

  @Test
  void trackingCodesAreLongRandomAndUnambiguous() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = TrackingCodes.generate();
      assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
      assertThat(code.replace("-", "")).hasSizeGreaterThanOrEqualTo(10).doesNotContain("0", "O", "1", "I", "L");
      seen.add(code);
    }
    assertThat(seen).hasSize(2000);
  }

  @Test
  void aCodeIsFoundHoweverItIsTypedButItsHashRevealsNothing() {
    String code = "ABCD-EFGH-JKMN";
    assertThat(TrackingCodes.hash("abcdefghjkmn")).isEqualTo(TrackingCodes.hash(code))
        .isEqualTo(TrackingCodes.hash(" abcd efgh-jkmn ")).hasSize(64).doesNotContain("ABCD");
    assertThat(TrackingCodes.hash("ABCD-EFGH-JKMP")).isNotEqualTo(TrackingCodes.hash(code));
    assertThat(TrackingCodes.hash("x".repeat(10_000))).hasSize(64);
  }

  @Test
  void theReporterSeesThreeStatusesOnly() {
    assertThat(new ReportCaseState(CaseStatus.OPEN, CaseStage.TRIAGE).publicStatus()).isEqualTo(PublicStatus.RECEIVED);
    for (CaseStage stage : CaseStage.values()) {
      if (stage != CaseStage.TRIAGE) {
        assertThat(new ReportCaseState(CaseStatus.OPEN, stage).publicStatus()).isEqualTo(PublicStatus.IN_PROGRESS);
      }
      assertThat(new ReportCaseState(CaseStatus.CLOSED, stage).publicStatus()).isEqualTo(PublicStatus.CLOSED);
    }
    assertThat(PublicStatus.IN_PROGRESS.label()).isEqualTo("Sedang ditangani");
  }

  @Test
  void formTokensNeedTheMinimumFillTimeAndExpireAndCannotBeForged() {
    PublicReportKey key = mock(PublicReportKey.class);
    when(key.hmac(anyString())).thenAnswer(call -> ("sig:" + call.getArgument(0)).getBytes(StandardCharsets.UTF_8));
    Instant now = Instant.parse("2026-11-26T03:00:00Z");
    FormTokens tokens = new FormTokens(key, Clock.fixed(now, ZoneOffset.UTC), 5, 12);

    assertThat(tokens.check(tokens.issue(now.minusSeconds(6)))).isEqualTo(FormTokens.Check.OK);
    assertThat(tokens.check(tokens.issue(now.minusSeconds(4)))).isEqualTo(FormTokens.Check.TOO_FAST);
    assertThat(tokens.check(tokens.issue(now.minusSeconds(13 * 3600)))).isEqualTo(FormTokens.Check.EXPIRED);
    assertThat(tokens.check(null)).isEqualTo(FormTokens.Check.MISSING);
    assertThat(tokens.check("abc")).isEqualTo(FormTokens.Check.INVALID);
    String good = tokens.issue(now.minusSeconds(60));
    String backdated = now.minusSeconds(600).getEpochSecond() + good.substring(good.indexOf('.'));
    assertThat(tokens.check(backdated)).isEqualTo(FormTokens.Check.INVALID);
  }
}
