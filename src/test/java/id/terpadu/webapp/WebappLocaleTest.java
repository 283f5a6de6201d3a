package id.terpadu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian translation of each Camunda webapp covers every key of the English one that ships in
 * the webjar (so an upgrade that adds keys is noticed), keeps every placeholder, and is the default.
 */
class WebappLocaleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
  private static final String ROOT = "META-INF/resources/webjars/camunda/app/";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void indonesianCoversEveryEnglishKeyWithItsPlaceholders(String app) throws IOException {
    Map<String, String> english = flatten(read(ROOT + app + "/locales/en.json"));
    Map<String, String> indonesian = flatten(read(ROOT + app + "/locales/id.json"));

    assertThat(indonesian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    english.forEach((key, value) -> {
      Matcher m = PLACEHOLDER.matcher(value);
      while (m.find()) {
        assertThat(indonesian.get(key)).as(app + " " + key).contains(m.group());
      }
    });
    long translated = english.keySet().stream().filter(k -> !english.get(k).equals(indonesian.get(k))).count();
    assertThat(translated).as("translated values in " + app).isGreaterThan(english.size() * 8L / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void indonesianIsTheDefaultAndEnglishStaysAvailable(String app) throws IOException {
    String config = text(ROOT + app + "/scripts/config.js");
    assertThat(config).containsPattern("availableLocales:\\s*\\[\\s*'id',\\s*'en'\\s*]");
    assertThat(config).containsPattern("fallbackLocale:\\s*'id'");
    // One locale script serves the four webapps; each config.js points at it relative to its own app.
    Matcher script = Pattern.compile("'((?:\\.\\./tasklist/)?scripts/terpadu-locale)'").matcher(config);
    assertThat(script.find()).as("config.js of " + app + " loads terpadu-locale").isTrue();
    String path = java.net.URI.create("http://x/" + ROOT + app + "/").resolve(script.group(1) + ".js").getPath();
    assertThat(text(path.substring(1))).contains("terpadu.lang");
  }

  private static JsonNode read(String resource) throws IOException {
    return JSON.readTree(text(resource).replace("\uFEFF", ""));
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = WebappLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      fields.forEachRemaining(e -> flatten(path + "/" + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node.asText());
    }
  }
}
