package id.terpadu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxSheetsTest {

  @Test
  void everySheetHasItsHeaderAndRowsWithNumbersAsNumbersAndTextAsText() throws Exception {
    byte[] xlsx = XlsxSheets.bytes(List.of(
        new XlsxSheets.Sheet("Keterisian lembaga: per kabupaten/kota [2026]", List.of("Nama", "NIK", "Anak", "Persen"),
            List.of(Arrays.asList("LKSA Uji", "0812345678901234", 3L, new BigDecimal("33.3")),
                Arrays.asList("=SUM(A1)", null, 0, null))),
        new XlsxSheets.Sheet("Kedua", List.of("Bulan"), List.of(List.of("2026-11")))));

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName)
          .containsExactly("Keterisian lembaga  per kabupat", "Kedua"); // 31 characters, no ':' '/' '[' ']'
      List<Row> rows = sheets.get(0).read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Nama");
      assertThat(rows.get(1).getCellText(1)).isEqualTo("0812345678901234"); // keeps its leading zero
      assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
      assertThat(rows.get(1).getCellAsNumber(3)).contains(new BigDecimal("33.3"));
      assertThat(rows.get(2).getCell(0).getType()).isEqualTo(CellType.STRING); // never a formula
      assertThat(rows.get(2).getOptionalCell(1).map(c -> c.getType()).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
      assertThat(sheets.get(1).read().get(1).getCellText(0)).isEqualTo("2026-11");
    }
  }
}
