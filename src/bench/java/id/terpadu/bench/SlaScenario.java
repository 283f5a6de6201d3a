package id.terpadu.bench;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The SLA storm: 10,000 triage tasks of the real case process fall due at the same moment ({@link SlaStormSeed});
 * the application's job executor escalates each (breach row, {@code slaBreach} incident, reminder mail in the
 * outbox). Reference: the bare engine firing as many non-interrupting boundary timers that lead to a no-op service
 * task, same PostgreSQL server, history full, default job executor settings, same run. Target: Terpadu's time from
 * the first escalation to the last ≤ 2× the reference's. Then the same storm on two application nodes sharing the
 * database: every task escalated exactly once (counted in the database) and a rate ≥ 0.8× of one node.
 */
final class SlaScenario implements Scenario {

  static final String REF_PROCESS = "Process_BenchSlaTimer";
  private static final String REF_TIMER = "Timer_WorkDue";
  private static final String REF_NO_OP = "Task_NoOp";
  private static final int SEED_THREADS = 4;
  static final int MIN_WARM_UP_STORMS = 3;
  static final int MAX_WARM_UP_STORMS = 8;
  static final double CLIMB = 1.1;

  @Override
  public String name() {
    return "sla";
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    // Quick mode (CI): 3,000; storms of 1,000 took 3–7 s, too short for the two nodes' ratio to mean much.
    int breaches = context.options().size(10_000, 3_000);
    // Warm-up storms of 1 in 10 each, until the rate stops climbing (warmUp).
    int warmUp = breaches / 10;
    long timeout = context.options().size(3_600_000, 1_200_000);
    Reference reference = reference(context, warmUp, breaches, timeout);
    System.out.println("   reference: " + Measurement.fmt(reference.seconds()) + " s");

    List<Measurement> results = new ArrayList<>();
    context.node();
    try (SlaStormSeed seed = SlaStormSeed.open(context.app())) {
      Storm oneStorm = warmedStorm(context, seed, "one", warmUp, breaches, timeout);
      double one = oneStorm.seconds();
      SlaStormSeed.Check oneCheck = oneStorm.check();
      String conditions = breaches + " triage tasks of the case process due at once (risk MEDIUM, units 3504 and "
          + "3503), 1 node (1 GB heap, job executor defaults), first to last escalation, after warm-up storms of "
          + warmUp + " (" + rates(oneStorm.warmUpRates()) + "/s) each followed by the delivery of its mails; "
          + oneCheck + "; reference: bare engine, " + breaches + " non-interrupting boundary timers to a no-op "
          + "service task, history full, job executor defaults, after warm-up storms of " + warmUp + " ("
          + rates(reference.warmUpRates()) + "/s)";
      results.add(Measurement.atMost(name(), "SLA storm, first to last escalation (s)", one, reference.seconds(),
          2.0, conditions));
      results.add(exactlyOnce("one node: tasks not escalated exactly once", oneCheck, conditions));

      context.stopNode();
      List<AppNode> nodes = startNodes(context, 2);
      try {
        // Both nodes start afresh and share the warm-up storms: each as large as the nodes' together, so that each
        // node escalates about as many per storm as the single node did.
        int twoWarmUp = warmUp * nodes.size();
        Storm twoStorm = warmedStorm(context, seed, "two", twoWarmUp, breaches, timeout);
        double two = twoStorm.seconds();
        SlaStormSeed.Check twoCheck = twoStorm.check();
        String twoConditions = breaches + " triage tasks due at once, 2 nodes (1 GB heap each, job executor "
            + "defaults) on one database, after warm-up storms of " + twoWarmUp + " (about " + warmUp + " per node; "
            + rates(twoStorm.warmUpRates()) + "/s) each followed by the delivery of its mails, vs 1 node in the same "
            + "run ("
            + Measurement.fmt(one) + " s); " + twoCheck;
        results.add(Measurement.atLeast(name(), "SLA storm on two nodes, escalations per second vs one node",
            breaches / two, breaches / one, 0.8, twoConditions));
        results.add(exactlyOnce("two nodes: tasks not escalated exactly once", twoCheck, twoConditions));
      } finally {
        for (AppNode node : nodes) {
          node.close();
        }
      }
    }
    return results;
  }

  /** The seconds of a storm (first to last escalation) and what the database holds after it. */
  private record Storm(double seconds, SlaStormSeed.Check check, List<Double> warmUpRates) {}

  /**
   * Warm-up storms of {@code warmUp} first ({@link #warmUp}), each followed by the delivery of its reminder mails, so
   * that the nodes' code is compiled as in nodes that have been running and the measured storm delivers no mail of
   * an earlier one; then the measured storm of {@code count}.
   */
  private static Storm warmedStorm(BenchContext context, SlaStormSeed seed, String tag, int warmUp, int count,
      long timeout) throws Exception {
    context.awaitQuietNode();
    List<Double> rates = warmUp(warmUp, () -> {
      double seconds = storm(context, seed, seed.seed(tag("warm"), warmUp, SEED_THREADS), timeout);
      context.awaitQuietNode();
      return seconds;
    });
    SlaStormSeed.Batch batch = seed.seed(tag(tag), count, SEED_THREADS);
    Storm storm = new Storm(storm(context, seed, batch, timeout), batch.check(context.app()), rates);
    System.out.println("   " + tag + ": " + Measurement.fmt(storm.seconds()) + " s; " + storm.check());
    return storm;
  }

  /**
   * Runs warm-up storms of {@code size} until their rate stops climbing: at least {@value #MIN_WARM_UP_STORMS}, then
   * until a storm is less than {@value #CLIMB} times as fast as the fastest before it, at most
   * {@value #MAX_WARM_UP_STORMS}. A JVM's rate climbs for thousands of escalations while its JIT compiles: each side
   * gets the warm-up it needs instead of a fixed count (the two nodes' gap to one node turned out not to be
   * compilation: docs/benchmarks.md). {@code storm} runs one storm and answers its seconds from the first escalation (or timer)
   * to the last. Returns the storms' rates (per second), for the conditions.
   */
  static List<Double> warmUp(int size, Callable<Double> storm) throws Exception {
    List<Double> rates = new ArrayList<>();
    double fastest = 0;
    while (rates.size() < MAX_WARM_UP_STORMS) {
      double rate = size / Math.max(storm.call(), 0.001);
      rates.add(rate);
      if (rates.size() >= MIN_WARM_UP_STORMS && rate < fastest * CLIMB) {
        break;
      }
      fastest = Math.max(fastest, rate);
    }
    System.out.println("   warm-up storms of " + size + ": " + rates(rates) + " per second");
    return rates;
  }

  static String rates(List<Double> rates) {
    return String.join(", ", rates.stream().map(rate -> String.valueOf(Math.round(rate))).toList());
  }

  private static String tag(String what) {
    return what + System.currentTimeMillis() % 1_000_000;
  }

  /**
   * Starts {@code count} nodes on the ports from {@link BenchContext#FIRST_PORT} on, one after the other (two
   * starting at once on a loaded 2-core machine took longer than a node's start timeout).
   */
  static List<AppNode> startNodes(BenchContext context, int count) throws Exception {
    List<AppNode> nodes = new ArrayList<>();
    try {
      for (int n = 0; n < count; n++) {
        nodes.add(AppNode.start(context.options(), context.app(), BenchContext.FIRST_PORT + n, "1g"));
      }
      return nodes;
    } catch (Exception | Error e) {
      for (AppNode node : nodes) {
        node.close();
      }
      throw e;
    }
  }

  /** Releases a seeded batch and waits for it; seconds from the first escalation to the last. */
  private static double storm(BenchContext context, SlaStormSeed seed, SlaStormSeed.Batch batch, long timeout)
      throws Exception {
    long released = System.nanoTime();
    seed.release();
    batch.awaitEscalated(context.app(), timeout);
    System.out.println("   storm " + batch.tag() + ": all escalated " + (System.nanoTime() - released) / 1_000_000_000
        + " s after the release");
    return batch.spanMillis(context.app()) / 1000.0;
  }

  private Measurement exactlyOnce(String figure, SlaStormSeed.Check check, String conditions) {
    long wrong = check.wrong();
    return new Measurement(name(), figure, wrong, Double.NaN, Double.NaN, "0", wrong == 0, wrong > 0, conditions);
  }

  /** The bare engine's measured storm and its warm-up storms' rates. */
  private record Reference(double seconds, List<Double> warmUpRates) {}

  /** The bare engine's storm: seconds from the first timer firing to the last no-op service task. */
  private static Reference reference(BenchContext context, int warmUp, int count, long timeout)
      throws Exception {
    Database db = context.reference();
    try (BareEngine bare = BareEngine.start(db, "bench-sla-ref", false, true)) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(REF_PROCESS).startEvent("StartEvent_Start")
          .userTask("Task_Work").camundaCandidateGroups("supervisor-3504")
          .boundaryEvent(REF_TIMER).cancelActivity(false).timerWithCycle("${cycle}")
          .serviceTask(REF_NO_OP).camundaExpression("${true}").endEvent("EndEvent_Escalated")
          .moveToActivity("Task_Work").endEvent("EndEvent_Done").done();
      bare.engine().getRepositoryService().createDeployment().name(REF_PROCESS)
          .addModelInstance(REF_PROCESS + ".bpmn", model).deploy();
      ManagementService management = bare.engine().getManagementService();
      String definition = bare.engine().getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(REF_PROCESS).latestVersion().singleResult().getId();
      String jobDefinition = management.createJobDefinitionQuery().processDefinitionId(definition)
          .activityIdIn(REF_TIMER).singleResult().getId();
      List<Double> rates = warmUp(warmUp, () -> referenceStorm(bare, db, definition, jobDefinition, tag("warm"),
          warmUp, timeout));
      return new Reference(referenceStorm(bare, db, definition, jobDefinition, "ref", count, timeout), rates);
    }
  }

  private static double referenceStorm(BareEngine bare, Database db, String definition, String jobDefinition,
      String tag, int count, long timeout) throws Exception {
    ManagementService management = bare.engine().getManagementService();
    management.suspendJobDefinitionById(jobDefinition, false);
    Instant due = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String cycle = "R2/" + DateTimeFormatter.ISO_INSTANT.format(due) + "/P2D";
    ClockUtil.setCurrentTime(Date.from(due.minus(1, ChronoUnit.MINUTES)));
    try {
      Load.rate(SEED_THREADS, 0, count, i -> bare.engine().getRuntimeService()
          .startProcessInstanceByKey(REF_PROCESS, "sla-" + tag + "-" + i, Map.of("cycle", cycle)));
    } finally {
      ClockUtil.reset();
    }
    management.activateJobDefinitionById(jobDefinition, true);
    String instances = "SELECT id_ FROM act_hi_procinst WHERE proc_def_id_ = '" + definition
        + "' AND business_key_ LIKE 'sla-" + tag + "-%'";
    String done = "SELECT count(*) FROM act_hi_actinst WHERE act_id_ = '" + REF_NO_OP
        + "' AND end_time_ IS NOT NULL AND proc_inst_id_ IN (" + instances + ")";
    long deadline = System.currentTimeMillis() + timeout;
    long finished;
    while ((finished = db.queryLong(done)) < count) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("Reference storm: " + finished + " of " + count + " timers fired");
      }
      Thread.sleep(1_000);
    }
    return db.queryLong("SELECT CAST(EXTRACT(EPOCH FROM max(end_time_) - min(start_time_)) * 1000 AS BIGINT) "
        + "FROM act_hi_actinst WHERE act_id_ IN ('" + REF_TIMER + "', '" + REF_NO_OP + "') AND proc_inst_id_ IN ("
        + instances + ")") / 1000.0;
  }
}
