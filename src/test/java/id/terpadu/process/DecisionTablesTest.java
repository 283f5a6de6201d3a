package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rule tables evaluated once per version and inputs, and a newly deployed version used at once. */
@Deployment(resources = {"bpmn/sla-deadlines.dmn"})
class DecisionTablesTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  private DecisionTables tables() {
    return on(engine.getProcessEngine());
  }

  /** The tables of an engine without Spring: the definition lookup reads the engine's own database. */
  static DecisionTables on(org.camunda.bpm.engine.ProcessEngine engine) {
    return new DecisionTables(engine.getDecisionService(), new org.springframework.jdbc.core.JdbcTemplate(
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getDataSource()));
  }

  private long evaluations() {
    return engine.getHistoryService().createHistoricDecisionInstanceQuery().count();
  }

  private static Map<String, Object> inputs(String stage, String risk) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("stage", stage);
    inputs.put("risk", risk);
    inputs.put("serviceType", null);
    return inputs;
  }

  @Test
  void theSameInputsAreEvaluatedOnceAndGiveTheEngineResult() {
    DecisionTables tables = tables();
    long before = evaluations();
    Map<String, Object> first = tables.singleResult("Decision_SlaDeadlines", inputs("TRIAGE", "HIGH"));
    Map<String, Object> again = tables.singleResult("Decision_SlaDeadlines", inputs("TRIAGE", "HIGH"));
    Map<String, Object> other = tables.singleResult("Decision_SlaDeadlines", inputs("TRIAGE", "LOW"));

    assertThat(first).containsEntry("duration", "PT1H").containsEntry("calendar", "CALENDAR");
    assertThat(again).isEqualTo(first);
    assertThat(other).containsEntry("duration", "P1D").containsEntry("calendar", "WORKING_DAYS");
    assertThat(evaluations() - before).as("engine evaluations").isEqualTo(2);
  }

  @Test
  void aNewVersionIsUsedAtOnce() {
    DecisionTables tables = tables();
    assertThat(tables.singleResult("Decision_SlaDeadlines", inputs("TRIAGE", "HIGH"))).containsEntry("duration", "PT1H");

    String deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("sla-deadlines.dmn", everythingInTwoHours()).deploy().getId();
    try {
      assertThat(tables.singleResult("Decision_SlaDeadlines", inputs("TRIAGE", "HIGH")))
          .containsEntry("duration", "PT2H");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
    assertThat(tables.singleResult("Decision_SlaDeadlines", inputs("TRIAGE", "HIGH"))).containsEntry("duration", "PT1H");
  }

  @Test
  void anUndeployedTableIsAClearError() {
    assertThatThrownBy(() -> tables().singleResult("Decision_Missing", Map.of()))
        .hasMessageContaining("Decision_Missing is not deployed");
  }

  /** A second version of the deadline table: one rule, every stage two hours. */
  private static DmnModelInstance everythingInTwoHours() {
    return Dmn.readModelFromStream(new java.io.ByteArrayInputStream("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Test" name="t"
            namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="Decision_SlaDeadlines" name="t">
            <decisionTable id="DecisionTable_Test" hitPolicy="FIRST">
              <input id="Input_Stage" label="stage"><inputExpression id="InputExpression_Stage" typeRef="string">
                <text>stage</text></inputExpression></input>
              <output id="Output_Duration" name="duration" typeRef="string" />
              <output id="Output_Calendar" name="calendar" typeRef="string" />
              <rule id="Rule_All"><inputEntry id="UnaryTests_All"><text></text></inputEntry>
                <outputEntry id="LiteralExpression_Duration"><text>"PT2H"</text></outputEntry>
                <outputEntry id="LiteralExpression_Calendar"><text>"CALENDAR"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
