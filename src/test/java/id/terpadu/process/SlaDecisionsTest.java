package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the deadline table and of the escalation table, with the defaults issue 6 asks for. */
@Deployment(resources = {"bpmn/sla-deadlines.dmn", "bpmn/sla-escalation.dmn"})
class SlaDecisionsTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  static Stream<Arguments> deadlines() {
    return Stream.of(
        Arguments.of("TRIAGE", "HIGH", null, "PT1H", "CALENDAR"),
        Arguments.of("TRIAGE", "MEDIUM", null, "PT6H", "CALENDAR"),
        Arguments.of("TRIAGE", "LOW", null, "P1D", "WORKING_DAYS"),
        Arguments.of("TRIAGE", null, null, "P1D", "WORKING_DAYS"),
        Arguments.of("SAFETY", "HIGH", null, "PT4H", "CALENDAR"),
        Arguments.of("ASSIGNMENT", "HIGH", null, "PT4H", "CALENDAR"),
        Arguments.of("ASSIGNMENT", "LOW", null, "P1D", "WORKING_DAYS"),
        Arguments.of("ASSESSMENT", "HIGH", null, "P3D", "CALENDAR"),
        Arguments.of("ASSESSMENT", "MEDIUM", null, "P7D", "CALENDAR"),
        Arguments.of("ASSESSMENT", "LOW", null, "P14D", "CALENDAR"),
        Arguments.of("PLANNING", "HIGH", null, "P3D", "CALENDAR"),
        Arguments.of("PLANNING", "MEDIUM", null, "P7D", "CALENDAR"),
        Arguments.of("PLANNING", "LOW", null, "P14D", "CALENDAR"),
        Arguments.of("APPROVAL", "HIGH", null, "P2D", "WORKING_DAYS"),
        Arguments.of("REFERRAL_ACCEPTANCE", null, "LEGAL_AID", "P1D", "WORKING_DAYS"),
        Arguments.of("REFERRAL_COMPLETION", null, "MEDICAL_EXAM", "P2D", "CALENDAR"),
        Arguments.of("REFERRAL_COMPLETION", null, "PSYCHOLOGICAL", "P14D", "CALENDAR"),
        Arguments.of("REFERRAL_COMPLETION", null, "BIRTH_CERTIFICATE", "P14D", "WORKING_DAYS"),
        Arguments.of("REFERRAL_COMPLETION", null, "SCHOLARSHIP", "P30D", "CALENDAR"),
        Arguments.of("VERIFICATION", null, null, "P3D", "WORKING_DAYS"),
        Arguments.of("REROUTE", null, null, "P1D", "WORKING_DAYS"),
        Arguments.of("MONITORING", "HIGH", null, "P14D", "CALENDAR"),
        Arguments.of("MONITORING", "MEDIUM", null, "P30D", "CALENDAR"),
        Arguments.of("MONITORING", "LOW", null, "P60D", "CALENDAR"),
        Arguments.of("TRANSFER", "HIGH", null, "P3D", "WORKING_DAYS"),
        Arguments.of("BASIC_NEEDS", null, null, "P10D", "WORKING_DAYS"),
        Arguments.of("BASIC_NEEDS_VERIFICATION", null, null, "P5D", "WORKING_DAYS"),
        Arguments.of("PLACEMENT_FOLLOW_UP", null, null, "P14D", "CALENDAR"),
        Arguments.of("SOMETHING_NEW", null, null, "P7D", "CALENDAR"));
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3} {4}")
  @MethodSource("deadlines")
  void everyStageHasItsDeadline(String stage, String risk, String serviceType, String duration, String calendar) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("stage", stage);
    inputs.put("risk", risk);
    inputs.put("serviceType", serviceType);
    Map<String, Object> rule = evaluate("Decision_SlaDeadlines", inputs);
    assertThat(rule).containsEntry("duration", duration).containsEntry("calendar", calendar);
  }

  static Stream<Arguments> escalations() {
    return Stream.of(
        Arguments.of("TRIAGE", "HIGH", "PT1H"),
        Arguments.of("SAFETY", "HIGH", "PT2H"),
        Arguments.of("ASSESSMENT", "HIGH", "P1D"),
        Arguments.of("TRIAGE", "MEDIUM", "P2D"),
        Arguments.of("REFERRAL_ACCEPTANCE", null, "P2D"));
  }

  @ParameterizedTest(name = "{0} {1} → every {2}, owner, supervisor, head")
  @MethodSource("escalations")
  void breachesGoToTheOwnerThenTheSupervisorsThenTheHead(String stage, String risk, String period) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("stage", stage);
    inputs.put("risk", risk);
    assertThat(evaluate("Decision_SlaEscalation", inputs)).containsEntry("period", period)
        .containsEntry("level1", "OWNER").containsEntry("level2", "supervisor").containsEntry("level3", "head");
  }

  private static Map<String, Object> evaluate(String decision, Map<String, Object> inputs) {
    DmnDecisionResult result = engine.getProcessEngine().getDecisionService().evaluateDecisionByKey(decision)
        .variables(inputs).evaluate();
    return result.getFirstResult().getEntryMap();
  }
}
