package id.terpadu.bench;

import java.util.List;

/**
 * Memory: 50 concurrent users registering complaints on a node with a 1 GB heap. Measured: the share of wall time
 * spent in garbage collection during the load (thrash would show as a large share) and the live heap after a full
 * collection once the load is over.
 */
final class MemoryScenario implements Scenario {

  static final int USERS = 50;

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    int total = context.options().size(3_000, 300);
    AppNode node = context.node();
    IntakeScenario.Units units = new IntakeScenario.Units(13);
    JvmStats.Gc before = JvmStats.gc(node.pid());
    long start = System.nanoTime();
    Load.rate(USERS, 2_000_000, total, i -> units.intake(node, i));
    double wall = (System.nanoTime() - start) / 1e9;
    JvmStats.Gc after = JvmStats.gc(node.pid());
    JvmStats.fullGc(node.pid());
    JvmStats.Gc live = JvmStats.gc(node.pid());
    double gcShare = 100 * (after.gcSeconds() - before.gcSeconds()) / wall;
    String conditions = total + " complaints by " + USERS + " concurrent users, -Xmx1g, G1";
    return List.of(
        Measurement.below(name(), "time in GC during the load (% of wall time)", gcShare, Double.NaN, 10, "%",
            conditions),
        Measurement.below(name(), "live heap after the load (MB)", live.usedMb(), Double.NaN, 512, "MB",
            conditions + "; used heap after a full GC"));
  }
}
