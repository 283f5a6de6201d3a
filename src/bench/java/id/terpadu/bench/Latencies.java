package id.terpadu.bench;

import java.util.Arrays;

/** Response times of repeated calls, in nanoseconds; percentiles in milliseconds (nearest rank). */
final class Latencies {

  private long[] nanos = new long[64];
  private int count;

  /** Times {@code call} once and keeps its duration. */
  void time(ThrowingRunnable call) throws Exception {
    long start = System.nanoTime();
    call.run();
    add(System.nanoTime() - start);
  }

  synchronized void add(long duration) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = duration;
  }

  synchronized double percentileMillis(double p) {
    if (count == 0) {
      throw new IllegalStateException("no calls timed");
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
  }

  synchronized int count() {
    return count;
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
