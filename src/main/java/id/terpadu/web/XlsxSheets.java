package id.terpadu.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as an XLSX workbook with fastexcel: one worksheet per sheet, a bold header row, numbers as numbers,
 * other cells as text, empty cells for null. Shared by the report exports (reporting, LKSA).
 */
public final class XlsxSheets {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** One worksheet: its title (the tab's name), column headings and rows. */
  public record Sheet(String title, List<String> header, List<? extends List<?>> rows) {}

  private XlsxSheets() {}

  public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Terpadu", "1.0");
    for (Sheet sheet : sheets) {
      Worksheet ws = workbook.newWorksheet(sheetName(sheet.title()));
      for (int c = 0; c < sheet.header().size(); c++) {
        ws.value(0, c, sheet.header().get(c));
        ws.style(0, c).bold().set();
      }
      int r = 1;
      for (List<?> row : sheet.rows()) {
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          if (cell instanceof Number number) {
            ws.value(r, c, number);
          } else if (cell != null) {
            ws.value(r, c, cell.toString());
          }
        }
        r++;
      }
    }
    workbook.finish();
  }

  /** The workbook in memory (small reports). */
  public static byte[] bytes(List<Sheet> sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(sheets, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Excel allows 31 characters and no {@code []:*?/\} in a sheet name. */
  static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() <= 31 ? name : name.substring(0, 31);
  }
}
