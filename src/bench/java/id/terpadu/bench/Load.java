package id.terpadu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives {@code total} calls from {@code clients} threads and returns the rate (calls per second). */
final class Load {

  @FunctionalInterface
  interface Call {
    void run(int index) throws Exception;
  }

  private Load() {}

  /**
   * {@code total} warm-up calls from {@code first} on, in blocks of {@code block} calls; returns each block's rate,
   * which shows how far the warm-up went (a scenario writes them into its conditions).
   */
  static List<Double> warmUp(int clients, int first, int total, int block, Call call) throws Exception {
    List<Double> rates = new ArrayList<>();
    for (int done = 0; done < total; done += block) {
      rates.add(rate(clients, first + done, Math.min(block, total - done), call));
    }
    return rates;
  }

  /** The rates of {@link #warmUp}, rounded, for the conditions. */
  static String curve(List<Double> rates) {
    return String.join(", ", rates.stream().map(r -> String.valueOf(Math.round(r))).toList());
  }

  /** Calls {@code call(first)}, …, {@code call(first + total - 1)}; any failure fails the run. */
  static double rate(int clients, int first, int total, Call call) throws Exception {
    AtomicInteger next = new AtomicInteger(first);
    int end = first + total;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
            call.run(i);
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }
}
