package id.terpadu.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseConferencesTest {

  @Test
  void theIntervalIsAnIsoDurationOrTheApplicationDoesNotStart() {
    assertThat(CaseConferences.validInterval(" P3M ")).isEqualTo("P3M");
    assertThat(CaseConferences.validInterval("P90D")).isEqualTo("P90D");
    // Weeks are not an XML duration, which is what the engine's timers read.
    assertThatThrownBy(() -> CaseConferences.validInterval("P6W")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CaseConferences.validInterval("3 bulan")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("terpadu.conference.interval");
  }
}
