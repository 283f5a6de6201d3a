package id.terpadu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Terpadu's own pages state why they read a child's data (docs/reliability.md, "Purpose of every read"): every
 * staff page declares an {@link AccessPurpose} code in {@code <meta name="terpadu-purpose">}, and every call its
 * scripts make to {@code /api} sends it as {@code X-Terpadu-Purpose} (through {@code Terpadu.api} or
 * {@code Terpadu.tujuan} of static/umum/terpadu.js, or a code written at the call, such as EXPORT for a download).
 * {@code browser.PagePurposeBrowserIT} watches a page do it; {@code AccessLogIT} checks the header is honoured.
 */
class PagePurposeTest {

  /** Pages without a purpose: the public report page (no staff, no read) and the scope page (staff accounts only). */
  static final Set<String> WITHOUT_PURPOSE = Set.of("lapor/index.html", "admin/cakupan/index.html");
  /** Scripts of those pages and of the report page (reporting/, REPORT is derived for /api/reports). */
  static final Set<String> SCRIPTS_WITHOUT_PURPOSE =
      Set.of("lapor/lapor.js", "admin/cakupan/cakupan.js", "laporan/laporan.js", "umum/terpadu.js");

  static final Pattern META = Pattern.compile("<meta name=\"terpadu-purpose\" content=\"([A-Z_]+)\">");
  static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"></script>");
  static final Pattern FETCH = Pattern.compile("fetch\\(\\s*('[^']*')?");

  @Test
  void everyStaffPageStatesAKnownPurposeAndLoadsTheHelperThatSendsIt() throws IOException {
    Map<String, String> pages = pages();
    assertThat(pages).containsKeys("orang/lihat.html", "pindah/index.html", "rentan/index.html",
        "conference/rapat-kasus.html");
    Map<String, String> purposes = new TreeMap<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      if (WITHOUT_PURPOSE.contains(page.getKey())) {
        continue;
      }
      Matcher meta = META.matcher(page.getValue());
      assertThat(meta.find()).as(page.getKey() + " declares <meta name=\"terpadu-purpose\">").isTrue();
      assertThat(Arrays.stream(AccessPurpose.values()).map(Enum::name)).as(page.getKey()).contains(meta.group(1));
      purposes.put(page.getKey(), meta.group(1));
      List<String> scripts = SCRIPT.matcher(page.getValue()).results().map(m -> m.group(1)).toList();
      assertThat(scripts).as(page.getKey() + " loads terpadu.js before its own scripts").isNotEmpty()
          .first().isEqualTo("/umum/terpadu.js");
    }
    assertThat(purposes).containsEntry("pindah/index.html", "TRANSFER")
        .containsEntry("conference/rapat-kasus.html", "SUPERVISION").containsEntry("orang/index.html", "LOOKUP");
  }

  @Test
  void everyApiCallOfThePageScriptsSendsThePurpose() throws IOException {
    List<String> unstated = new ArrayList<>();
    int calls = 0;
    for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.js")) {
      String url = script.getURL().toString();
      String name = url.substring(url.indexOf("/static/") + "/static/".length());
      if (SCRIPTS_WITHOUT_PURPOSE.contains(name)) {
        continue;
      }
      String code = script.getContentAsString(StandardCharsets.UTF_8);
      Matcher fetch = FETCH.matcher(code);
      while (fetch.find()) {
        if (fetch.group(1) != null && fetch.group(1).startsWith("'/camunda/")) {
          continue; // the webapps' API: reads no child data, only makes them issue a CSRF token
        }
        calls++;
        String around = code.substring(Math.max(0, fetch.start() - 300), Math.min(code.length(), fetch.end() + 400));
        if (!around.contains("Terpadu.tujuan(") && !around.contains("'X-Terpadu-Purpose'")) {
          unstated.add(name + ": " + code.substring(fetch.start(), Math.min(code.length(), fetch.start() + 80)));
        }
      }
    }
    assertThat(calls).as("API calls found in page scripts").isPositive();
    assertThat(unstated).as("fetch calls without X-Terpadu-Purpose").isEmpty();
  }

  /** Every HTML page of static/ and the pages served by controllers, by path below static/ (or resource name). */
  static Map<String, String> pages() throws IOException {
    Map<String, String> pages = new TreeMap<>();
    for (Resource html : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.html")) {
      String url = html.getURL().toString();
      pages.put(url.substring(url.indexOf("/static/") + "/static/".length()),
          html.getContentAsString(StandardCharsets.UTF_8));
    }
    pages.put("conference/rapat-kasus.html",
        new ClassPathResource("conference/rapat-kasus.html").getContentAsString(StandardCharsets.UTF_8));
    return pages;
  }
}
