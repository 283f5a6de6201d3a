package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * A MyBatis mapping of the engine that Terpadu keeps a copy of in its own resources, loaded before the engine's
 * (docs/adr/0027 for {@code Task.xml}, 0040 for {@code Job.xml}): the copy must be the engine's file except for the
 * blocks marked {@code TERPADU BEGIN} … {@code TERPADU END}, so that a Camunda upgrade that changes the file fails
 * the build until it is copied again.
 */
public final class EngineMappingCopy {

  private EngineMappingCopy() {}

  /** Asserts that the application's copy of {@code mapping} is the engine's file plus the marked blocks. */
  public static void assertIsTheEnginesExceptForTheMarkedBlocks(String mapping, String adr) throws Exception {
    String ours = ours(mapping);
    assertThat(ours).contains("TERPADU BEGIN").isNotEqualTo(engines(mapping));
    assertThat(ours.replaceAll("(?s)[ \\t]*<!-- TERPADU BEGIN.*?<!-- TERPADU END -->\\n", ""))
        .as("The engine's %s changed (new Camunda version?): copy it again from the engine jar into"
            + " src/main/resources and re-apply the TERPADU blocks (docs/adr/%s)", mapping, adr)
        .isEqualTo(engines(mapping));
  }

  /** The application's copy, which comes first on the class path. */
  public static String ours(String mapping) throws Exception {
    List<URL> copies = Collections.list(EngineMappingCopy.class.getClassLoader().getResources(mapping));
    assertThat(copies).as("the application's copy comes first on the class path, then the engine's").hasSize(2);
    assertThat(copies.get(0).getProtocol()).isEqualTo("file");
    try (InputStream in = copies.get(0).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String engines(String mapping) throws Exception {
    URL engineJar = ProcessEngine.class.getProtectionDomain().getCodeSource().getLocation();
    try (JarFile jar = new JarFile(engineJar.toURI().getPath());
        InputStream in = jar.getInputStream(jar.getEntry(mapping))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
