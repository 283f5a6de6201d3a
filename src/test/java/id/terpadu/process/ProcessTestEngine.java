package id.terpadu.process;

/** The engine configuration of process-path tests (engine alone, no Spring). */
final class ProcessTestEngine {
  static final String CONFIGURATION = "process-test-engine.cfg.xml";

  private ProcessTestEngine() {}
}
