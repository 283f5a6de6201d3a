package id.terpadu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.process.CaseAuditHistoryLevel;
import org.junit.jupiter.api.Test;

/**
 * The history level leaves out the monitoring form's inputs because this listener stores them in the case file and
 * removes them from the process (docs/adr/0039): every input left out is one it removes.
 */
class RecordedInputsTest {

  @Test
  void everyInputTheHistoryLeavesOutIsOneTheMonitoringContactRecordsAndForgets() {
    assertThat(RecordMonitoringContact.FORM_INPUTS).containsAll(CaseAuditHistoryLevel.RECORDED_INPUTS);
  }
}
