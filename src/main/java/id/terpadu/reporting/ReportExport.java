package id.terpadu.reporting;

import id.terpadu.reporting.ReportTable.Sheet;
import id.terpadu.web.CsvCells;
import id.terpadu.web.XlsxSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link ReportTable} as CSV (UTF-8 with a byte order mark so that spreadsheet programs read the
 * Indonesian text right, comma-separated, RFC 4180 quoting; sheets one after another, each with its title line
 * and separated by an empty line) or as XLSX ({@link XlsxSheets}: one worksheet per sheet, numbers as numbers).
 */
final class ReportExport {

  /** The export formats besides JSON. */
  enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX(XlsxSheets.CONTENT_TYPE, "xlsx");

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
    XlsxSheets.write(table.sheets().stream()
        .map(sheet -> new XlsxSheets.Sheet(sheet.title(), sheet.header(), sheet.rows())).toList(), out);
  }
}
