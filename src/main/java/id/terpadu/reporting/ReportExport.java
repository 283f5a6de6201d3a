package id.terpadu.reporting;

import id.terpadu.reporting.ReportTable.Sheet;
import id.terpadu.web.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link ReportTable} as CSV (UTF-8 with a byte order mark so that spreadsheet programs read the
 * Indonesian text right, comma-separated, RFC 4180 quoting; sheets one after another, each with its title line
 * and separated by an empty line) or as XLSX (one worksheet per sheet, numbers as numbers), with fastexcel.
 */
final class ReportExport {

  /** The export formats besides JSON. */
  enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    final String contentType;
    final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  private ReportExport() {}

  static void write(ReportTable table, Format format, OutputStream out) throws IOException {
    if (format == Format.CSV) {
      csv(table, out);
    } else {
      xlsx(table, out);
    }
  }

  static void csv(ReportTable table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    boolean first = true;
    for (Sheet sheet : table.sheets()) {
      if (!first) {
        writer.write("\r\n");
      }
      first = false;
      if (table.sheets().size() > 1) {
        line(writer, List.of(sheet.title()));
      }
      line(writer, List.copyOf(sheet.header()));
      for (List<Object> row : sheet.rows()) {
        line(writer, row);
      }
    }
    writer.flush();
  }

  private static void line(Writer writer, List<?> cells) throws IOException {
    writer.write(CsvCells.line(cells) + "\r\n");
  }


  static void xlsx(ReportTable table, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Terpadu", "1.0");
    for (Sheet sheet : table.sheets()) {
      Worksheet ws = workbook.newWorksheet(sheetName(sheet.title()));
      for (int c = 0; c < sheet.header().size(); c++) {
        ws.value(0, c, sheet.header().get(c));
        ws.style(0, c).bold().set();
      }
      int r = 1;
      for (List<Object> row : sheet.rows()) {
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

  /** Excel allows 31 characters and no {@code []:*?/\} in a sheet name. */
  private static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() <= 31 ? name : name.substring(0, 31);
  }
}
