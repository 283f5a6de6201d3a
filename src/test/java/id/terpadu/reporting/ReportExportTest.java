package id.terpadu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportExportTest {

  @Test
  void csvCellsAreQuotedAndNeverFormulas() {
    assertThat(ReportExport.quote(null)).isEmpty();
    assertThat(ReportExport.quote(12L)).isEqualTo("12");
    assertThat(ReportExport.quote(-3L)).isEqualTo("-3");
    assertThat(ReportExport.quote("Civil registration, NIK")).isEqualTo("\"Civil registration, NIK\"");
    assertThat(ReportExport.quote("RSUD \"dr. Iskak\"")).isEqualTo("\"RSUD \"\"dr. Iskak\"\"\"");
    assertThat(ReportExport.quote("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
  }
}
