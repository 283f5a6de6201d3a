package id.terpadu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineReadLogRoutesTest {

  @Test
  void getReadsEveryRouteAndPostOnlyTheListsWhoseQueryIsInTheBody() {
    assertThat(EngineReadLog.read("GET", "/engine-rest/task/t1/variables").kind()).isEqualTo(EngineReadLog.Kind.TASK);
    assertThat(EngineReadLog.read("POST", "/engine-rest/variable-instance").kind())
        .isEqualTo(EngineReadLog.Kind.VARIABLES);
    assertThat(EngineReadLog.read("POST", "/camunda/api/engine/engine/default/history/variable-instance").kind())
        .isEqualTo(EngineReadLog.Kind.HISTORIC_VARIABLES);
    assertThat(EngineReadLog.read("POST", "/engine-rest/history/detail").kind())
        .isEqualTo(EngineReadLog.Kind.HISTORIC_DETAILS);
    // Writes: a task's or an instance's variables posted, any PUT or DELETE.
    assertThat(EngineReadLog.read("POST", "/engine-rest/task/t1/variables")).isNull();
    assertThat(EngineReadLog.read("POST", "/engine-rest/process-instance/p1/variables")).isNull();
    assertThat(EngineReadLog.read("PUT", "/engine-rest/task/t1/variables/x")).isNull();
    assertThat(EngineReadLog.read("DELETE", "/engine-rest/variable-instance")).isNull();
    // Counts read no values.
    assertThat(EngineReadLog.read("POST", "/engine-rest/variable-instance/count")).isNull();
  }
}
