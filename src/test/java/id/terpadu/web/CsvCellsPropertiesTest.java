package id.terpadu.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.hostile.HostileStrings;
import id.terpadu.importing.CsvReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Formula injection (docs/reliability.md, "Hostile input"): whatever text goes into an exported CSV cell, a
 * spreadsheet reads it back as that text, never as a formula, and the line keeps its number of cells.
 */
class CsvCellsPropertiesTest {

  @Property
  void noCellStartsAFormula(@ForAll("text") String value, @ForAll("separator") char separator) {
    String cell = CsvCells.cell(value, separator);
    String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    assertThat(unquoted).isIn(value, "'" + value);
    if (!unquoted.isEmpty()) {
      assertThat("=+-@\t\r").doesNotContain(unquoted.substring(0, 1));
    }
    if (!cell.startsWith("\"")) {
      assertThat(cell).doesNotContain(String.valueOf(separator), "\n", "\r", "\"");
    }
  }

  /** The importer reads an exported line back cell for cell (the rejected rows of an import are re-imported). */
  @Property
  void theImporterReadsALineBackCellForCell(@ForAll("cells") List<String> values,
      @ForAll("separator") char separator) {
    // A line of empty cells only is an empty line, which the importer skips.
    Assume.that(!CsvCells.line(values, separator).isEmpty());
    List<String> header = values.stream().map(v -> "k" + v.length()).toList();
    String csv = CsvCells.line(header, separator) + "\r\n" + CsvCells.line(values, separator) + "\r\n";
    try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.delimiter()).isEqualTo(separator == ';' && values.size() == 1 ? ',' : separator);
      List<String> read = reader.next().fields();
      assertThat(read).hasSize(values.size());
      for (int i = 0; i < values.size(); i++) {
        assertThat(read.get(i)).isIn(values.get(i), "'" + values.get(i));
      }
    }
  }

  @Provide
  Arbitrary<String> text() {
    return HostileStrings.text();
  }

  /** Text the importer accepts: no control characters but tab and line ends, UTF-8, at most 10,000 characters. */
  @Provide
  Arbitrary<List<String>> cells() {
    return HostileStrings.text().filter(t -> t.length() < CsvReader.MAX_FIELD_LENGTH
            && t.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F)
            && new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(t))
        .list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<Character> separator() {
    return net.jqwik.api.Arbitraries.of(',', ';');
  }
}
