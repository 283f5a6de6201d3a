package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.region.CsvLineParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the referral routing table: which partner agency a referral for a service is proposed to. */
@Deployment(resources = "bpmn/referral-routing.dmn")
class ReferralRoutingDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  /** One row per service type of reference/service-types.csv; null: no agency proposed. */
  static Stream<Arguments> serviceTypes() {
    return Stream.of(
        Arguments.of("MEDICAL_CARE", "rsud"),
        Arguments.of("MEDICAL_EXAM", "rsud"),
        Arguments.of("PSYCHOLOGICAL", "rsud"),
        Arguments.of("SAFE_HOUSE", "dinsos"),
        Arguments.of("ALTERNATIVE_CARE", "dinsos"),
        Arguments.of("LEGAL_AID", "lbh"),
        Arguments.of("POLICE", null),
        Arguments.of("DIVERSION", "dinsos"),
        Arguments.of("BIRTH_CERTIFICATE", "dukcapil"),
        Arguments.of("FAMILY_CARD", "dukcapil"),
        Arguments.of("HEALTH_INSURANCE", "dinsos"),
        Arguments.of("SOCIAL_ASSISTANCE", "dinsos"),
        Arguments.of("SCHOOL_RETURN", null),
        Arguments.of("SCHOLARSHIP", null),
        Arguments.of("PARENTING", null),
        Arguments.of("MARRIAGE_COUNSELLING", null),
        Arguments.of("REHABILITATION", "rsud"),
        Arguments.of("ECONOMIC", "dinsos"),
        Arguments.of("VILLAGE_SUPPORT", null));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("serviceTypes")
  void proposesTheAgencyThatTypicallyGivesTheService(String serviceType, String expectedAgency) {
    assertThat(proposedAgency(serviceType, "3504")).isEqualTo(expectedAgency);
    assertThat(proposedAgency(serviceType, "3503")).isEqualTo(expectedAgency);
  }

  @ParameterizedTest(name = "service type ''{0}''")
  @ValueSource(strings = {"SOMETHING_NEW", ""})
  void anyOtherServiceGetsNoProposal(String serviceType) {
    assertThat(proposedAgency(serviceType, "3504")).isNull();
  }

  @Test
  void aServiceWithoutRegencyStillGetsItsProposal() {
    assertThat(proposedAgency("LEGAL_AID", null)).isEqualTo("lbh");
  }

  @Test
  void everyServiceTypeOfTheReferenceListHasItsRule() {
    List<String> reference = CsvLineParser.readRows("reference/service-types.csv").stream()
        .map(fields -> fields.get(0)).toList();

    assertThat(serviceTypes().map(arguments -> (String) arguments.get()[0])).containsExactlyElementsOf(reference);
  }

  /**
   * The agency code of the first matching rule; null when that rule proposes none. Some rule always matches
   * (the catch-all is last).
   */
  private static String proposedAgency(String serviceType, String regency) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("serviceType", serviceType);
    variables.put("regency", regency);
    DmnDecisionResult result = engine.getDecisionService().evaluateDecisionByKey("Decision_ReferralRouting")
        .variables(variables).evaluate();
    assertThat(result).hasSize(1);
    return (String) result.getSingleResult().getEntryMap().get("agencyCode");
  }
}
