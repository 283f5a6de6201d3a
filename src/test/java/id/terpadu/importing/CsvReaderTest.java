package id.terpadu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  static CsvReader open(String text) {
    return CsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<CsvReader.Record> records(CsvReader reader) {
    List<CsvReader.Record> all = new ArrayList<>();
    for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
      all.add(r);
    }
    return all;
  }

  static ImportFileException failure(byte[] bytes) {
    try {
      CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes));
      records(reader);
    } catch (ImportFileException e) {
      return e;
    }
    throw new AssertionError("no ImportFileException");
  }

  @Test
  void readsHeaderAndRecordsWithLineNumbers() {
    CsvReader reader = open("name,sex\r\nSiti,P\r\nBudi,L\r\n");
    assertThat(reader.delimiter()).isEqualTo(',');
    assertThat(reader.header()).containsExactly("name", "sex");
    List<CsvReader.Record> rows = records(reader);
    assertThat(rows).extracting(CsvReader.Record::line).containsExactly(2L, 3L);
    assertThat(rows.get(1).fields()).containsExactly("Budi", "L");
  }

  @Test
  void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
    CsvReader reader = open("name,birth_place,sex\n\"Aminah, Siti\",\"Desa \"\"Maju\"\"\nRT 2\",P\nBudi,Blitar,L\n");
    List<CsvReader.Record> rows = records(reader);
    assertThat(rows.get(0).fields()).containsExactly("Aminah, Siti", "Desa \"Maju\"\nRT 2", "P");
    assertThat(rows.get(0).line()).isEqualTo(2);
    // The embedded line break counts: the next record starts on line 4.
    assertThat(rows.get(1).line()).isEqualTo(4);
    assertThat(rows.get(1).fields()).containsExactly("Budi", "Blitar", "L");
  }

  @Test
  void crlfInsideQuotesAndLoneCrAreLineBreaks() {
    List<CsvReader.Record> rows = records(open("a,b\r\n\"x\r\ny\",1\r2,3"));
    assertThat(rows.get(0).fields()).containsExactly("x\r\ny", "1");
    assertThat(rows.get(1).fields()).containsExactly("2", "3");
    assertThat(rows.get(1).line()).isEqualTo(4);
  }

  @Test
  void detectsSemicolonFromTheHeader() {
    CsvReader reader = open("name;sex;birth_place\n\"Aminah; Siti\";P;Blitar, Jawa Timur\n");
    assertThat(reader.delimiter()).isEqualTo(';');
    assertThat(records(reader).get(0).fields()).containsExactly("Aminah; Siti", "P", "Blitar, Jawa Timur");
  }

  @Test
  void separatorsInsideQuotedHeaderCellsDoNotCount() {
    assertThat(open("\"a;b;c\",d\n1,2\n").delimiter()).isEqualTo(',');
  }

  @Test
  void byteOrderMarkIsIgnored() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "name,sex\nSiti,P\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(rest, 0, all, 3, rest.length);
    CsvReader reader = CsvReader.open(new ByteArrayInputStream(all));
    assertThat(reader.header()).containsExactly("name", "sex");
  }

  @Test
  void emptyLinesAreSkippedButEmptyFieldsAreKept() {
    List<CsvReader.Record> rows = records(open("a,b\n\n1,\n\r\n,\n"));
    assertThat(rows).extracting(CsvReader.Record::fields)
        .containsExactly(List.of("1", ""), List.of("", ""));
    assertThat(rows).extracting(CsvReader.Record::line).containsExactly(3L, 5L);
  }

  @Test
  void lastRecordWithoutLineBreakAndUnicodeNames() {
    List<CsvReader.Record> rows = records(open("name\nNi Luh Putu Ayu Ratnasari\nNguyễn 'Ma'ruf'"));
    assertThat(rows).extracting(r -> r.fields().get(0)).containsExactly("Ni Luh Putu Ayu Ratnasari", "Nguyễn 'Ma'ruf'");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsKept() {
    assertThat(records(open("a,b\n5'2\",x\n")).get(0).fields()).containsExactly("5'2\"", "x");
  }

  @Test
  void invalidUtf8IsAnEncodingError() {
    byte[] latin1 = "name,birth_place\nSiti,Bogor\nBudi,Cianjur S\u00e9latan\n".getBytes(StandardCharsets.ISO_8859_1);
    ImportFileException e = failure(latin1);
    assertThat(e.code()).isEqualTo(ImportFileException.ENCODING);
    assertThat(e.problems().get(0).message()).contains("UTF-8");
  }

  @Test
  void binaryFilesAreNotCsv() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    assertThat(failure(zip).code()).isEqualTo(ImportFileException.NOT_CSV);
    byte[] nul = "name,sex\nSiti,P\u0000\n".getBytes(StandardCharsets.UTF_8);
    assertThat(failure(nul).code()).isEqualTo(ImportFileException.NOT_CSV);
  }

  @Test
  void unclosedQuoteAndTextAfterAClosingQuoteAreMalformed() {
    ImportFileException unclosed = failure("a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8));
    assertThat(unclosed.code()).isEqualTo(ImportFileException.MALFORMED);
    assertThat(unclosed.problems().get(0).message()).contains("Baris 2");
    assertThat(failure("a,b\n\"x\"y,1\n".getBytes(StandardCharsets.UTF_8)).code())
        .isEqualTo(ImportFileException.MALFORMED);
  }

  @Test
  void aFieldLongerThanTheLimitIsMalformed() {
    String text = "a\n\"" + "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1) + "\"\n";
    assertThat(failure(text.getBytes(StandardCharsets.UTF_8)).code()).isEqualTo(ImportFileException.MALFORMED);
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThat(failure(new byte[0]).code()).isEqualTo(ImportFileException.EMPTY);
    assertThat(failure("\n\r\n".getBytes(StandardCharsets.UTF_8)).code()).isEqualTo(ImportFileException.EMPTY);
  }

  @Test
  void readsALargeFileInOnePassAcrossBufferBoundaries() {
    StringBuilder text = new StringBuilder("name,note\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("Orang ").append(i).append(",\"catatan, panjang\n").append(i).append("\"\n");
    }
    List<CsvReader.Record> rows = records(open(text.toString()));
    assertThat(rows).hasSize(20_000);
    assertThat(rows.get(19_999).fields()).containsExactly("Orang 19999", "catatan, panjang\n19999");
    assertThat(rows.get(19_999).line()).isEqualTo(2 + 2 * 19_999);
  }

  @Test
  void columnsAreMatchedCaseInsensitivelyInAnyOrder() {
    ImportColumns columns = ImportColumns.of(List.of(" Sex", "NAME ", "nik"), List.of("name", "sex"),
        List.of("nik", "kk"));
    assertThat(columns.names()).containsExactly("sex", "name", "nik");
    CsvReader.Record record = new CsvReader.Record(2, List.of(" P ", "Siti", ""));
    assertThat(columns.value(record, "name")).isEqualTo("Siti");
    assertThat(columns.value(record, "sex")).isEqualTo("P");
    assertThat(columns.value(record, "nik")).isNull();
    assertThat(columns.value(record, "kk")).isNull();
  }

  @Test
  void missingUnknownAndDuplicateColumnsAreAllReported() {
    assertThatThrownBy(() -> ImportColumns.of(List.of("name", "alamat", "name"), List.of("name", "sex"),
        List.of("nik")))
        .isInstanceOfSatisfying(ImportFileException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.code()).containsExactly(ImportFileException.COLUMN_MISSING,
              ImportFileException.COLUMN_UNKNOWN, ImportFileException.COLUMN_DUPLICATE);
          assertThat(e.problems().get(0).message()).contains("sex");
          assertThat(e.problems().get(1).message()).contains("alamat");
        });
  }

  @Test
  void aFirstLineOfDataIsAMissingHeader() {
    assertThatThrownBy(() -> ImportColumns.of(List.of("Siti Aminah", "P", "2012-05-31"), List.of("name", "sex"),
        List.of("nik")))
        .isInstanceOfSatisfying(ImportFileException.class,
            e -> assertThat(e.code()).isEqualTo(ImportFileException.HEADER_MISSING));
  }
}
