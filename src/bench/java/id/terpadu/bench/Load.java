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
