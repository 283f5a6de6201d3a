package id.terpadu.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it, streaming (one record in memory at a time), from UTF-8 bytes:
 * <ul>
 *   <li>The first record is the header. The separator is {@code ,} or {@code ;}: whichever occurs more often
 *   outside quotes in the header line ({@code ,} on a tie).</li>
 *   <li>A field may be enclosed in double quotes; a quoted field may contain separators, line breaks (CRLF,
 *   LF or CR) and doubled quotes ({@code ""} for one {@code "}). A quote inside an unquoted field is kept as
 *   a character (lenient: {@code 5'2"} stays as it is).</li>
 *   <li>Records end at CRLF, LF or CR. Completely empty lines are skipped (a final line break is not a
 *   record); a line of separators only is a record of empty fields.</li>
 *   <li>A byte order mark at the start is ignored.</li>
 * </ul>
 * Whole-file errors throw {@link ImportFileException}: bytes that are not UTF-8 ({@value
 * ImportFileException#ENCODING}), control characters other than tab, CR and LF, as in binary files such as
 * spreadsheets or archives ({@value ImportFileException#NOT_CSV}), an unclosed quote, text after a closing
 * quote, a field over {@value #MAX_FIELD_LENGTH} characters or a record over {@value #MAX_FIELDS} fields
 * ({@value ImportFileException#MALFORMED}). Each record carries the number of the line it starts on (the
 * header is line 1), so messages point at the line a spreadsheet shows.
 */
public final class CsvReader implements Closeable {

  /** Longest field accepted; an unclosed quote would otherwise swallow the whole rest of the file. */
  public static final int MAX_FIELD_LENGTH = 10_000;
  public static final int MAX_FIELDS = 200;
  private static final int HEADER_SCAN_LIMIT = 64 * 1024;
  private static final char BOM = '\uFEFF';

  /** One record: the line it starts on and its fields (never empty: an empty line is skipped). */
  public record Record(long line, List<String> fields) {

    public Record {
      fields = List.copyOf(fields);
    }
  }

  private final Reader in;
  private char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private boolean eof;
  private long line = 1;
  private final char delimiter;
  private final List<String> header;
  private final StringBuilder field = new StringBuilder();

  private CsvReader(Reader in) {
    this.in = in;
    skipBom();
    this.delimiter = detectDelimiter();
    Record first = next();
    if (first == null) {
      throw new ImportFileException(ImportFileException.EMPTY, "Berkas kosong: tidak ada judul kolom dan data.");
    }
    this.header = first.fields();
  }

  /**
   * Opens CSV from UTF-8 bytes and reads its header.
   *
   * @throws ImportFileException when the file is empty or its first record is not valid CSV
   */
  public static CsvReader open(InputStream bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    return new CsvReader(new InputStreamReader(bytes, decoder));
  }

  /** Opens CSV from characters (tests). */
  static CsvReader open(Reader chars) {
    return new CsvReader(chars);
  }

  /** The separator found in the header line: {@code ,} or {@code ;}. */
  public char delimiter() {
    return delimiter;
  }

  /** The header's fields as written (not trimmed). */
  public List<String> header() {
    return header;
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws ImportFileException when the rest of the file is not valid CSV or not UTF-8
   */
  public Record next() {
    while (true) {
      int c = peek();
      if (c < 0) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        // An empty line: not a record.
        endOfLine();
        continue;
      }
      return record();
    }
  }

  private Record record() {
    long start = line;
    List<String> fields = new ArrayList<>();
    while (true) {
      field.setLength(0);
      int c = read();
      if (c == '"') {
        quoted(start);
        c = read();
        if (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
          throw new ImportFileException(ImportFileException.MALFORMED, "Baris " + line
              + ": setelah tanda kutip penutup harus ada pemisah kolom atau akhir baris.");
        }
      } else {
        while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
          append((char) c);
          c = read();
        }
      }
      fields.add(field.toString());
      if (fields.size() > MAX_FIELDS) {
        throw new ImportFileException(ImportFileException.MALFORMED,
            "Baris " + start + ": lebih dari " + MAX_FIELDS + " kolom.");
      }
      if (c == delimiter) {
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
      }
      return new Record(start, fields);
    }
  }

  /** The rest of a quoted field, after its opening quote, up to and including its closing quote. */
  private void quoted(long start) {
    while (true) {
      int c = read();
      if (c < 0) {
        throw new ImportFileException(ImportFileException.MALFORMED,
            "Baris " + start + ": tanda kutip (\") dibuka tetapi tidak pernah ditutup.");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          append('"');
          continue;
        }
        return;
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      append((char) c);
    }
  }

  private void append(char c) {
    if (field.length() >= MAX_FIELD_LENGTH) {
      throw new ImportFileException(ImportFileException.MALFORMED, "Baris " + line + ": isian lebih dari "
          + MAX_FIELD_LENGTH + " karakter (mungkin tanda kutip yang tidak ditutup).");
    }
    field.append(c);
  }

  private void endOfLine() {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  private void skipBom() {
    if (peek() == BOM) {
      read();
    }
  }

  /** Counts both candidate separators outside quotes in the first line, without consuming it. */
  private char detectDelimiter() {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < HEADER_SCAN_LIMIT; i++) {
      if (!available(i)) {
        break;
      }
      char c = buffer[position + i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private int peek() {
    return available(0) ? check(buffer[position]) : -1;
  }

  private int read() {
    return available(0) ? check(buffer[position++]) : -1;
  }

  private int check(char c) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
      throw new ImportFileException(ImportFileException.NOT_CSV, "Berkas ini bukan berkas CSV (teks): berisi"
          + " karakter biner di sekitar baris " + line + ". Simpan data dari spreadsheet sebagai \"CSV UTF-8\".");
    }
    return c;
  }

  /** Whether the character at position + ahead is in the buffer, reading more when needed. */
  private boolean available(int ahead) {
    while (position + ahead >= limit) {
      if (eof) {
        return false;
      }
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
      }
      if (limit == buffer.length) {
        char[] bigger = new char[buffer.length * 2];
        System.arraycopy(buffer, 0, bigger, 0, limit);
        buffer = bigger;
      }
      int n;
      try {
        n = in.read(buffer, limit, buffer.length - limit);
      } catch (CharacterCodingException e) {
        throw new ImportFileException(ImportFileException.ENCODING, "Berkas bukan teks UTF-8 yang sah (sekitar"
            + " baris " + line + "). Simpan ulang berkas sebagai \"CSV UTF-8\".");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
