package id.terpadu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The SLA storm's warm-up runs storms until their rate stops climbing. */
class SlaScenarioWarmUpTest {

  /** Storms of 100 escalations lasting the given seconds, one after the other. */
  private static Callable<Double> lasting(Double... seconds) {
    Deque<Double> left = new ArrayDeque<>(List.of(seconds));
    return left::removeFirst;
  }

  @Test
  void stopsAtTheFirstStormNotTenPercentFasterThanTheFastestBefore() throws Exception {
    // 50, 100, 200 per second, then 210: less than 10 % above 200.
    assertThat(SlaScenario.warmUp(100, lasting(2.0, 1.0, 0.5, 100 / 210.0, 0.1)))
        .containsExactly(50.0, 100.0, 200.0, 210.0);
  }

  @Test
  void runsAtLeastThreeStormsEvenWhenTheSecondIsSlower() throws Exception {
    assertThat(SlaScenario.warmUp(100, lasting(1.0, 2.0, 1.0, 0.5))).containsExactly(100.0, 50.0, 100.0);
  }

  @Test
  void aSlowerStormAfterAFastOneEndsTheWarmUp() throws Exception {
    assertThat(SlaScenario.warmUp(100, lasting(1.0, 0.5, 0.25, 0.5, 0.1))).containsExactly(100.0, 200.0, 400.0,
        200.0);
  }

  @Test
  void stopsAfterEightStormsWhileTheRateStillClimbs() throws Exception {
    assertThat(SlaScenario.warmUp(100, lasting(8.0, 4.0, 2.0, 1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125)))
        .hasSize(SlaScenario.MAX_WARM_UP_STORMS).endsWith(1600.0);
  }
}
