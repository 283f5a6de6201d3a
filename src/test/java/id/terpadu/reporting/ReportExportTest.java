package id.terpadu.reporting;

import id.terpadu.web.CsvCells;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportExportTest {

  @Test
  void csvCellsAreQuotedAndNeverFormulas() {
    assertThat(CsvCells.cell(null)).isEmpty();
    assertThat(CsvCells.cell(12L)).isEqualTo("12");
    assertThat(CsvCells.cell(-3L)).isEqualTo("-3");
    assertThat(CsvCells.cell("Civil registration, NIK")).isEqualTo("\"Civil registration, NIK\"");
    assertThat(CsvCells.cell("RSUD \"dr. Iskak\"")).isEqualTo("\"RSUD \"\"dr. Iskak\"\"\"");
    assertThat(CsvCells.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
  }
}
