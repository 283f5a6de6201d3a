package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the risk proposal a supervisor sees at triage. */
@Deployment(resources = "bpmn/risk-proposal.dmn")
class RiskProposalDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource(ProcessTestEngine.CONFIGURATION).build();

  @ParameterizedTest(name = "{0}, danger {1} → {2}")
  @CsvSource({
      // rule 1: a child in danger right now is high risk whatever the category
      "KEPENDUDUKAN, true, HIGH",
      "PENGASUHAN, true, HIGH",
      // rule 2: sexual violence and trafficking
      "KEKERASAN_SEKSUAL, false, HIGH", "TRAFIKING, false, HIGH",
      // rule 3: violence, neglect, law, marriage dispensation, narcotics, child labour, care
      "KEKERASAN_FISIK, false, MEDIUM", "KEKERASAN_PSIKIS, false, MEDIUM", "PENELANTARAN, false, MEDIUM",
      "ABH, false, MEDIUM", "DISPENSASI_NIKAH, false, MEDIUM", "NARKOTIKA, false, MEDIUM",
      "PEKERJA_ANAK, false, MEDIUM", "PENGASUHAN, false, MEDIUM",
      // rule 4: administrative and basic services
      "KEPENDUDUKAN, false, LOW", "PENDIDIKAN, false, LOW", "KESEHATAN, false, LOW",
      "KESEJAHTERAAN_SOSIAL, false, LOW", "ADOPSI, false, LOW",
      // rule 5: anything else stays medium until a person decides
      "SOMETHING_NEW, false, MEDIUM"})
  void proposesTheRisk(String category, boolean childInDanger, String expected) {
    Map<String, Object> result = engine.getDecisionService()
        .evaluateDecisionTableByKey("Decision_RiskProposal",
            Map.of("primaryCategory", category, "childInDanger", childInDanger))
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("riskLevel", expected);
  }
}
