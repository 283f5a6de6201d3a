package id.terpadu.bench;

import java.util.List;

/** One benchmark scenario of issue 11: seeds what it needs, measures Terpadu and its reference side by side. */
interface Scenario {

  /** Short name, used by {@code --only}. */
  String name();

  List<Measurement> run(BenchContext context) throws Exception;
}
