package id.terpadu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxPropertiesTest {

  @Test
  void backoffDoublesFromTheInitialWaitUpToTheMaximum() {
    OutboxProperties p = properties(10);
    assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(p.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(p.backoffAfter(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(p.backoffAfter(7)).isEqualTo(Duration.ofHours(1));
    assertThat(p.backoffAfter(1000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void atLeastOneAttempt() {
    assertThatThrownBy(() -> properties(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static OutboxProperties properties(int maxAttempts) {
    return new OutboxProperties(true, Duration.ofSeconds(10), 20, maxAttempts, Duration.ofMinutes(1),
        Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofDays(30));
  }
}
