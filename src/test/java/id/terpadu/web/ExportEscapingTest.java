package id.terpadu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Script, markup and formulas in free text stay text (docs/reliability.md, "Hostile input"): every CSV or XLSX export
 * goes through {@link CsvCells} or {@link XlsxSheets}, XLSX text cells are strings (never formulas), and no script
 * of Terpadu's pages or Cockpit plugin inserts data as HTML.
 */
class ExportEscapingTest {

  static final Path MAIN = Path.of("src/main/java/id/terpadu");
  static final Pattern EXPORT_MARKER = Pattern.compile(
      "text/csv|\"text\", \"csv\"|spreadsheetml|XlsxSheets\\.CONTENT_TYPE|new Workbook\\(");

  /**
   * Classes that answer with CSV or XLSX but leave the writing to another class of their package, which is then held
   * to the same rule. A new exporter that writes its own cells fails {@link #everyExporterWritesThroughCsvCells}.
   */
  static final Map<String, String> WRITTEN_BY = Map.of(
      "importing/ImportController.java", "importing/ImportJobs.java",
      "kla/KlaController.java", "kla/KlaReports.java",
      "community/CommunityController.java", "community/ActivityReport.java",
      "reporting/ReportController.java", "reporting/ReportExport.java");

  @Test
  void everyExporterWritesThroughCsvCells() throws IOException {
    List<String> exporters = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        if (name.equals("web/XlsxSheets.java") || !EXPORT_MARKER.matcher(Files.readString(file)).find()) {
          continue;
        }
        exporters.add(name);
        String writer = WRITTEN_BY.getOrDefault(name, name);
        assertThat(Files.readString(MAIN.resolve(writer)))
            .as("%s answers with CSV or XLSX: its cells must be written with web.CsvCells or web.XlsxSheets "
                + "(or list the class that writes them in WRITTEN_BY)", name)
            .containsAnyOf("CsvCells.", "XlsxSheets.");
      }
    }
    // The scan sees the exporters known today: a broken marker would make this test pass vacuously.
    assertThat(exporters).contains("importing/ImportController.java", "kla/KlaController.java",
        "lksa/LksaController.java", "reporting/ReportExport.java", "vulnerable/HandoverFile.java",
        "community/CommunityController.java");
  }

  @Test
  void onlyXlsxSheetsWritesWorkbooks() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      assertThat(files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.endsWith(Path.of("web/XlsxSheets.java")))
          .filter(f -> read(f).contains("org.dhatim.fastexcel")).toList()).isEmpty();
    }
  }

  @Test
  void xlsxTextCellsAreStringsNeverFormulas() throws IOException {
    List<String> hostile = List.of("=HYPERLINK(\"http://x.invalid\",\"klik\")", "+1+1", "-2+3", "@SUM(1)",
        "\t=1", "\r=1", "<script>alert(1)</script>");
    byte[] xlsx = XlsxSheets.bytes(List.of(new XlsxSheets.Sheet("Uji", List.of("=judul"),
        hostile.stream().map(h -> List.<Object>of(h)).toList())));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCell(0).getType()).isEqualTo(CellType.STRING);
      for (int i = 0; i < hostile.size(); i++) {
        assertThat(rows.get(i + 1).getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(rows.get(i + 1).getCell(0).getFormula()).isNull();
        assertThat(rows.get(i + 1).getCell(0).getRawValue()).isEqualTo(hostile.get(i));
      }
    }
  }

  /** innerHTML only ever receives markup written in the script itself ('' or literals joined with a row index). */
  @Test
  void pageScriptsInsertDataAsTextOnly() throws IOException {
    Pattern innerHtml = Pattern.compile("\\.innerHTML\\s*=([^;]*);", Pattern.DOTALL);
    Pattern forbidden = Pattern.compile(
        "insertAdjacentHTML|outerHTML\\s*=|document\\.write|\\beval\\(|new Function\\(|\\.html\\(|v-html|\\$sce");
    List<String> findings = new ArrayList<>();
    int scripts = 0;
    for (Path root : List.of(Path.of("src/main/resources/static"), Path.of("src/main/resources/plugin-webapp"),
        Path.of("src/main/resources/META-INF/resources/webjars/camunda/app"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
          scripts++;
          String js = Files.readString(file);
          Matcher m = innerHtml.matcher(js);
          while (m.find()) {
            String data = m.group(1).replaceAll("'(?:[^'\\\\]|\\\\.)*'", "").replaceAll("\\(i \\+ 1\\)", "");
            if (!data.matches("[\\s+]*(\\bi\\b[\\s+]*)*")) {
              findings.add(file + ": innerHTML =" + m.group(1).strip());
            }
          }
          Matcher f = forbidden.matcher(js);
          while (f.find()) {
            findings.add(file + ": " + f.group());
          }
        }
      }
    }
    assertThat(scripts).isGreaterThan(10);
    assertThat(findings).as("use textContent / createElement for data").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
