package id.terpadu.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.support.ApiClient;
import id.terpadu.support.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Models and forms are deployed at start, with the configured history time to live; a restart deploys
 * nothing new; a browser session outlives the node that created it (sessions live in the database).
 */
// Needs application nodes of its own: runs in a JVM of its own (docs/adr/0024-integration-test-forks.md).
@Tag("isolated")
@Tag("extended")
class ModelDeploymentIT {

  @Test
  void modelsAndFormsAreDeployedOnceAndSessionsSurviveARestart() throws IOException {
    String url = Node.h2FileUrl("restart");
    List<String> deploymentIds;
    long definitions;
    ApiClient browser;
    try (Node first = Node.start(url, List.of("test", "demo"))) {
      RepositoryService repository = first.bean(RepositoryService.class);
      deploymentIds = terpaduDeployments(repository);
      assertThat(deploymentIds).isNotEmpty();

      List<String> deployedNames = deploymentIds.stream()
          .flatMap(id -> repository.getDeploymentResources(id).stream()).map(Resource::getName).toList();
      assertThat(deployedNames).containsAll(filesUnder("forms", ".form"));
      assertThat(deployedNames).containsAll(filesUnder("bpmn", ".bpmn"));
      assertThat(deployedNames).containsAll(filesUnder("bpmn", ".dmn"));
      assertThat(filesUnder("forms", ".form")).isNotEmpty();

      definitions = repository.createProcessDefinitionQuery().count();
      int configuredDays = first.bean(HistoryTimeToLive.class).days();
      for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
        assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(configuredDays);
      }

      browser = ApiClient.anonymous(first.port());
      assertThat(browser.webappLogin("tasklist", "peksos1", "demo")).isEqualTo(200);
      assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
    }

    try (Node second = Node.start(url, List.of("test", "demo"))) {
      RepositoryService repository = second.bean(RepositoryService.class);
      assertThat(terpaduDeployments(repository)).isEqualTo(deploymentIds);
      assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);

      ApiClient sameBrowser = browser.withSessionOn(second.port());
      assertThat(sameBrowser.get("/api/me").statusCode()).isEqualTo(200);
    }
  }

  private static List<String> terpaduDeployments(RepositoryService repository) {
    return repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().asc().list().stream().map(Deployment::getId).toList();
  }

  /** Resource names as deployed: {@code forms/triage.form}. */
  private static List<String> filesUnder(String folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(folder))) {
      return files.filter(p -> p.toString().endsWith(suffix))
          .map(p -> Path.of(folder).relativize(p).toString().replace('\\', '/'))
          .map(name -> folder + "/" + name).sorted().toList();
    }
  }
}
