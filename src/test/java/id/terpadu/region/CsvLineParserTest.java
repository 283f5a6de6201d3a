package id.terpadu.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLineParserTest {

  @Test
  void plainFields() {
    assertThat(CsvLineParser.parse("3504012001,350401,Ngranti")).containsExactly("3504012001", "350401", "Ngranti");
  }

  @Test
  void quotedFieldsMayContainCommas() {
    assertThat(CsvLineParser.parse("1207281007,120728,\"Lubuk Pakam I,II\""))
        .containsExactly("1207281007", "120728", "Lubuk Pakam I,II");
    assertThat(CsvLineParser.parse("1402092010,140209,\"Lambang Sari I, II, III\""))
        .containsExactly("1402092010", "140209", "Lambang Sari I, II, III");
  }

  @Test
  void doubledQuotesInsideQuotedFieldsAreOneQuote() {
    assertThat(CsvLineParser.parse("3513152017,351315,\"Soka\"\"an\""))
        .containsExactly("3513152017", "351315", "Soka\"an");
    assertThat(CsvLineParser.parse("9404102004,940410,\"T\"\"Singa\""))
        .containsExactly("9404102004", "940410", "T\"Singa");
    assertThat(CsvLineParser.parse("\"\"\"\",\"a\"\"\"\"b\"")).containsExactly("\"", "a\"\"b");
  }

  @Test
  void quotedFieldsAnywhereInTheLine() {
    assertThat(CsvLineParser.parse("\"a,b\",c,\"d\"")).containsExactly("a,b", "c", "d");
    assertThat(CsvLineParser.parse("\"x\"")).containsExactly("x");
  }

  @Test
  void emptyFieldsAreKept() {
    assertThat(CsvLineParser.parse("")).containsExactly("");
    assertThat(CsvLineParser.parse(",")).containsExactly("", "");
    assertThat(CsvLineParser.parse("a,,c,")).containsExactly("a", "", "c", "");
    assertThat(CsvLineParser.parse("\"\",b")).containsExactly("", "b");
  }

  @Test
  void spacesAreDataAndATrailingCarriageReturnIsIgnored() {
    assertThat(CsvLineParser.parse(" a , b ")).containsExactly(" a ", " b ");
    assertThat(CsvLineParser.parse("a,\"b,c\"\r")).containsExactly("a", "b,c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a,\"bc", "\"", "a,\"b\"\"", "\"ab\"c,d", "ab\"c,d", "a,b\""})
  void malformedLinesAreRejected(String line) {
    assertThatThrownBy(() -> CsvLineParser.parse(line)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReferenceFileIsReadWithoutItsHeader() {
    var rows = CsvLineParser.readRows("reference/case-categories.csv");

    assertThat(rows).hasSize(15);
    assertThat(rows.get(0)).containsExactly("ABH", "Anak Berhadapan dengan Hukum",
        "Child in conflict or contact with the law");
    assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("KEPENDUDUKAN", "Kependudukan",
        "Civil registration (birth certificate, family card, NIK)"));
  }

  @Test
  void aMissingReferenceFileIsAnError() {
    assertThatThrownBy(() -> CsvLineParser.readRows("reference/no-such-file.csv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("reference/no-such-file.csv");
  }
}
