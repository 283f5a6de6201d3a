package id.terpadu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.access.RegionScope;
import id.terpadu.casefile.CaseCategories;
import id.terpadu.hostile.HostileStrings;
import id.terpadu.person.NikCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile CSV for the importers' pure parts (docs/reliability.md, "Hostile input"): the reader either gives records
 * or refuses the whole file with {@link ImportFileException}, and the row validators only ever answer with reasons,
 * never with an exception (an exception in a row would fail the job's batch instead of rejecting the row). Tries:
 * {@code jqwik.tries.default} (200; {@code -Pfuzz} many more).
 */
class CsvImportFuzzTest {

  static final List<String> PERSON_HEADER = List.of("name", "sex", "birth_date", "village_code", "nik", "kk",
      "birth_place", "phone", "disability", "source_id");
  static final List<String> CASE_HEADER = CaseRowValidatorTest.COLUMNS.names();

  @Property
  void anyBytesAreRecordsOrAFileError(@ForAll("csvBytes") byte[] bytes) {
    try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
      assertThat(reader.header()).isNotEmpty();
      long lines = 0;
      for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
        assertThat(r.line()).isGreaterThan(lines);
        assertThat(r.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.length()).isLessThanOrEqualTo(
            CsvReader.MAX_FIELD_LENGTH));
        lines = r.line();
      }
    } catch (ImportFileException e) {
      assertThat(e.code()).isNotBlank();
      assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
    }
  }

  @Property
  void quotedFieldsComeBackAsWritten(@ForAll("rows") List<List<String>> rows) {
    StringBuilder csv = new StringBuilder("\uFEFFa,b,c\r\n");
    for (List<String> row : rows) {
      csv.append(String.join(",", row.stream().map(CsvImportFuzzTest::quote).toList())).append("\n");
    }
    try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.header()).containsExactly("a", "b", "c");
      for (List<String> row : rows) {
        assertThat(reader.next().fields()).isEqualTo(row);
      }
      assertThat(reader.next()).isNull();
    }
  }

  @Property
  void personRowsAreValidOrRejectedWithReasons(@ForAll("personRows") List<String> fields) {
    PersonRowValidator validator = new PersonRowValidator(
        new NikCheck((code, level) -> PersonRowValidatorTest.REGIONS.contains(code)),
        PersonRowValidatorTest.REGIONS::contains, RegionScope.of(List.of("3504")), PersonRowValidatorTest.TODAY);
    PersonRowValidator.Result result = validator.check(PersonRowValidatorTest.COLUMNS, new CsvReader.Record(2,
        fields));
    assertThat(result.valid() ? result.row() : result.reason()).isNotNull();
  }

  @Property
  void caseRowsAreValidOrRejectedWithReasons(@ForAll("caseRows") List<String> fields) {
    CaseRowValidator validator = new CaseRowValidator(new CaseCategories(), CaseRowValidatorTest.REGIONS::contains,
        RegionScope.of(List.of("3504")), CaseRowValidatorTest.TODAY);
    CaseRowValidator.Result result = validator.check(CaseRowValidatorTest.COLUMNS, new CsvReader.Record(2, fields));
    assertThat(result.valid() ? result.row() : String.join(";", result.problems())).isNotNull();
  }

  @Provide
  Arbitrary<byte[]> csvBytes() {
    Arbitrary<byte[]> text = HostileStrings.csvLines(PERSON_HEADER)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    Arbitrary<byte[]> mangled = text.flatMap(bytes -> Arbitraries.integers().between(0, Math.max(0, bytes.length - 1))
        .flatMap(at -> Arbitraries.bytes().map(b -> {
          byte[] copy = bytes.clone();
          if (copy.length > 0) {
            copy[at] = b;
          }
          return copy;
        })));
    Arbitrary<byte[]> huge = Arbitraries.of('a', '"', ',', ';', '\n').map(c -> {
      String field = String.valueOf(c).repeat(CsvReader.MAX_FIELD_LENGTH + 5);
      return ("name\n" + field + "\n").getBytes(StandardCharsets.UTF_8);
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, text), net.jqwik.api.Tuple.of(2, raw), net.jqwik.api.Tuple.of(3, mangled),
        net.jqwik.api.Tuple.of(1, huge));
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    // The reader refuses control characters and over-long fields for the whole file (anyBytesAreRecordsOrAFileError);
    // text that UTF-8 cannot carry (a lone surrogate) is no CSV either.
    return HostileStrings.text().filter(t -> t.length() <= CsvReader.MAX_FIELD_LENGTH
            && t.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F)
            && new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(t))
        .list().ofSize(3).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<String>> personRows() {
    return HostileStrings.importRow(PERSON_HEADER.size());
  }

  @Provide
  Arbitrary<List<String>> caseRows() {
    return HostileStrings.importRow(CASE_HEADER.size());
  }

  private static String quote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  static List<String> padded(List<String> values, int size) {
    List<String> all = new ArrayList<>(values);
    while (all.size() < size) {
      all.add("");
    }
    return all;
  }
}
