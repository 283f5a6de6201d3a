package id.terpadu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.web.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The access log query's parameters: times with an offset or whole days in WIB, and paging. */
class AccessLogQueryTest {

  @Test
  void datesAreWholeDaysInWibAndTimesKeepTheirOffset() {
    AccessLogQuery days = AccessLogQuery.parse(" peksos1 ", 7L, null, "2026-03-02", "2026-03-03", null, null);

    assertThat(days.userId()).isEqualTo("peksos1");
    assertThat(days.caseId()).isEqualTo(7L);
    assertThat(days.from()).isEqualTo(Instant.parse("2026-03-01T17:00:00Z"));
    // "to" a date includes that day.
    assertThat(days.to()).isEqualTo(Instant.parse("2026-03-03T17:00:00Z"));
    assertThat(days.page()).isZero();
    assertThat(days.size()).isEqualTo(50);

    AccessLogQuery times = AccessLogQuery.parse(null, null, null, "2026-03-02T08:00:00+07:00", "2026-03-02T02:00:00Z",
        "3", "200");
    assertThat(times.from()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
    assertThat(times.to()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
    assertThat(times.page()).isEqualTo(3);
    assertThat(times.size()).isEqualTo(200);
  }

  @Test
  void everyInvalidParameterIsReportedAtOnce() {
    assertThatThrownBy(() -> AccessLogQuery.parse("x".repeat(65), null, null, "kemarin", "2026-03-02T08:00", "-1", "201"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
            .extracting(p -> p.field() + ":" + p.code())
            .containsExactlyInAnyOrder("user:LENGTH", "from:FORMAT", "to:FORMAT", "page:RANGE", "size:RANGE"));
    assertThatThrownBy(() -> AccessLogQuery.parse(null, null, null, "2026-03-02", "2026-03-01", null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
            .extracting(p -> p.field() + ":" + p.code()).containsExactly("to:RANGE"));
  }
}
