package id.terpadu.bench;

import java.util.List;

/**
 * Complaint intake through {@code POST /api/complaints} (case file, child's person record, case process up to the
 * triage task), 4 clients, against the bare engine starting a one-user-task process through its own REST API from
 * the same 4 clients (ADR 0047; the in-process start, 4 threads, is reported beside it). Target ≥ 0.4.
 * In full mode (in quick mode with {@code BENCH_INTAKE_TWO_NODES=1}) also on two nodes sharing the database, two
 * clients per node: target ≥ 0.8× the rate of one node in the same run.
 */
final class IntakeScenario implements Scenario {

  static final int CLIENTS = 4;

  /** The reference engine's user for its REST API (the harness's password for every benchmark user). */
  private static final String REST_USER = "bench";

  @Override
  public String name() {
    return "intake";
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    int total = context.options().size(2_000, 200);
    // 10,000 warm-up calls: from a fresh node the intake's rate per block of 1,000 climbs for about 10,000 calls
    // (the JIT; curve of 2026-11-27 20:45 in docs/benchmarks.md), the bare engine's too. Each warm-up's curve goes
    // into the conditions, so that the figure is seen to be the steady state.
    int warmUp = context.options().size(10_000, 300);
    int block = context.options().size(1_000, 100);
    double inProcess;
    try (BareEngine bare = BareEngine.start(context.reference(), "bench-intake", false, false)) {
      bare.deployOneTaskProcess(BareEngine.ONE_TASK, "caseworker-3504");
      var runtime = bare.engine().getRuntimeService();
      Load.rate(CLIENTS, 0, warmUp, i -> runtime.startProcessInstanceByKey(BareEngine.ONE_TASK, "warm-" + i));
      inProcess = Load.rate(CLIENTS, 0, total,
          i -> runtime.startProcessInstanceByKey(BareEngine.ONE_TASK, "intake-" + i));
      bare.ensureUser(REST_USER, AppNode.PASSWORD);
    }
    // The reference (ADR 0047): the same start through the bare engine's own REST API, authenticated, from the
    // same clients over HTTP as the intake's, after as many warm-up calls.
    double reference;
    List<Double> referenceWarmUp;
    try (AppNode rest = AppNode.startBareRestEngine(context.options(), context.reference(),
        BenchContext.FIRST_PORT + 9)) {
      String path = "/engine-rest/process-definition/key/" + BareEngine.ONE_TASK + "/start";
      Load.Call start = i -> AppNode.expect(rest.postJson(REST_USER, path, "{\"businessKey\":\"rest-" + i + "\"}"),
          200);
      referenceWarmUp = Load.warmUp(CLIENTS, 0, warmUp, block, start);
      reference = Load.rate(CLIENTS, warmUp, total, start);
    }
    AppNode node = context.node();
    Units units = new Units(7);
    int first = 1_000_000;
    List<Double> terpaduWarmUp = Load.warmUp(CLIENTS, first, warmUp, block, i -> units.intake(node, i));
    double terpadu = Load.rate(CLIENTS, first + warmUp, total, i -> units.intake(node, i));
    Measurement oneNode = Measurement.atLeast(name(), "complaints registered per second", terpadu, reference, 0.4,
        total + " calls after " + warmUp + " warm-up calls, " + CLIENTS + " clients (intake officers of two units, "
            + "alternating), 1 node (1 GB heap); reference: the bare engine's REST API starting a one-user-task "
            + "process (`POST /engine-rest/process-definition/key/…/start`, Basic authentication, history full, "
            + "1 GB heap), the same clients and as many calls (ADR 0047); the same start in-process (" + CLIENTS
            + " threads, no HTTP): " + Measurement.fmt(inProcess) + "/s, Terpadu "
            + Measurement.fmt(terpadu / inProcess) + " of it; warm-up rates per " + block + " calls: Terpadu "
            + Load.curve(terpaduWarmUp) + "; reference " + Load.curve(referenceWarmUp));
    if (context.options().quick() && !"1".equals(System.getenv("BENCH_INTAKE_TWO_NODES"))) {
      return List.of(oneNode);
    }
    // The same load on two nodes sharing the database, two clients per node (calls alternate between the nodes).
    context.stopNode();
    List<AppNode> nodes = SlaScenario.startNodes(context, 2);
    try {
      // Both nodes start afresh: as many warm-up calls each as the single node had.
      int twoWarmUp = warmUp * nodes.size();
      int next = first + warmUp + total;
      Load.rate(CLIENTS, next, twoWarmUp, i -> units.intake(nodes.get(i % 2), i));
      double two = Load.rate(CLIENTS, next + twoWarmUp, total, i -> units.intake(nodes.get(i % 2), i));
      return List.of(oneNode, Measurement.atLeast(name(), "two nodes: complaints per second vs one node", two,
          terpadu, 0.8, total + " calls, " + CLIENTS + " clients, 2 per node, 2 nodes (1 GB heap each) on one "
              + "database, after " + warmUp + " warm-up calls per node as the single node had, vs 1 node in the "
              + "same run"));
    } finally {
      for (AppNode n : nodes) {
        n.close();
      }
    }
  }

  /**
   * Complaints for the two demo units, alternating: the intake officer of Tulungagung (3504) and of Trenggalek
   * (3503). Case numbers are gapless per unit and year, so intakes of one unit wait for each other's commit.
   */
  static final class Units {

    private final SyntheticPeople tulungagung;
    private final SyntheticPeople trenggalek;

    Units(long seed) throws java.io.IOException {
      tulungagung = new SyntheticPeople(List.of("3504"), seed, 0);
      trenggalek = new SyntheticPeople(List.of("3503"), seed, 0);
    }

    void intake(AppNode node, int i) throws Exception {
      boolean first = i % 2 == 0;
      SyntheticPeople.Person child = (first ? tulungagung : trenggalek).person(i);
      AppNode.expect(node.postJson(first ? "petugas" : "petugas2", "/api/complaints", Complaints.json(child, i)),
          201);
    }
  }
}
