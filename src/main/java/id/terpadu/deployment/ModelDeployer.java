package id.terpadu.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code bpmn/} and the Camunda Forms of {@code forms/} when the engine starts.
 * Resources are named by their path below the classpath root ({@code bpmn/referral.bpmn}), the same
 * in the packaged jar and in an exploded build, so duplicate filtering recognises unchanged models and
 * a restart deploys nothing new. Only changed resources get a new version.
 */
@Component
public class ModelDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "terpadu";
  static final List<String> FOLDERS = List.of("bpmn", "forms");
  private static final List<String> PATTERNS =
      List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    int count = 0;
    for (Resource resource : modelResources()) {
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(resourceName(resource), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + resource, e);
      }
      count++;
    }
    if (count == 0) {
      LOG.warn("No models found under bpmn/ or forms/ on the classpath");
      return;
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    boolean changed = deployment.getDeployedProcessDefinitions() != null
        || deployment.getDeployedDecisionDefinitions() != null;
    LOG.info("Models checked: {} resources, deployment {} ({})", count, deployment.getId(),
        changed ? "new versions deployed" : "unchanged");
  }

  static List<Resource> modelResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    return PATTERNS.stream().flatMap(pattern -> {
      try {
        return List.of(resolver.getResources(pattern)).stream();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + pattern, e);
      }
    }).toList();
  }

  /** {@code .../classes/bpmn/x.bpmn} or {@code jar:...!/bpmn/x.bpmn} → {@code bpmn/x.bpmn}. */
  static String resourceName(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String folder : FOLDERS) {
      int at = url.lastIndexOf("/" + folder + "/");
      if (at >= 0) {
        return url.substring(at + 1);
      }
    }
    throw new IllegalStateException("Model outside bpmn/ and forms/: " + url);
  }
}
