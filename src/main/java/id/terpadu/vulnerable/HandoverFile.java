package id.terpadu.vulnerable;

import id.terpadu.web.CsvCells;
import id.terpadu.web.XlsxSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A handover list as CSV (UTF-8 with a byte order mark, comma-separated, RFC 4180 quoting) or XLSX (fastexcel,
 * every cell text except the age). In CSV, a cell a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with {@code '}.
 */
final class HandoverFile {

  enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX(XlsxSheets.CONTENT_TYPE, "xlsx");

    final String contentType;
    final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    static Format parse(String value) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(value == null ? "" : value.strip())) {
          return f;
        }
      }
      return null;
    }
  }

  static final List<String> HEADER = List.of("No", "ID entri", "Nama", "NIK", "Jenis kelamin", "Tanggal lahir",
      "Usia", "Kode desa/kelurahan", "Desa/kelurahan", "Kecamatan", "Kabupaten/kota", "Kategori",
      "Status DTKS", "Periode DTKS", "Status asesmen");

  private HandoverFile() {}

  static void write(List<List<Object>> rows, Format format, OutputStream out) throws IOException {
    if (format == Format.CSV) {
      csv(rows, out);
    } else {
      xlsx(rows, out);
    }
  }

  static void csv(List<List<Object>> rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    line(writer, HEADER);
    for (List<Object> row : rows) {
      line(writer, row);
    }
    writer.flush();
  }

  private static void line(Writer writer, List<?> cells) throws IOException {
    writer.write(CsvCells.line(cells) + "\r\n");
  }


  static void xlsx(List<List<Object>> rows, OutputStream out) throws IOException {
    // text cells stay text (a NIK keeps its 16 digits; nothing is read as a formula)
    XlsxSheets.write(List.of(new XlsxSheets.Sheet("Daftar serah", HEADER, rows)), out);
  }
}
