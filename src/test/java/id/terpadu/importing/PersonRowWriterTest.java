package id.terpadu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRowWriterTest {

  @Test
  void copyTextEscapesTheCharactersOfCopysTextFormatAndMarksNulls() {
    PersonRow full = new PersonRow(2, "Siti\tAminah", "aminah siti", "P", LocalDate.of(2010, 3, 14), "3504011001",
        "3504015403100001", "3504010101100003", "Tulungagung,\r\nJawa Timur", "0812", "a\\b", "src-1");
    PersonRow minimal = new PersonRow(3, "Budi", "budi", "L", LocalDate.of(2011, 1, 2), "3504011001",
        null, null, null, null, null, null);

    String text = PersonRowWriter.Postgres.copyText(List.of(full, minimal));

    assertThat(text.split("\n", -1)).containsExactly(
        "0\t3504015403100001\t3504010101100003\tSiti\\tAminah\taminah siti\tP\t2010-03-14"
            + "\tTulungagung,\\r\\nJawa Timur\t0812\ta\\\\b\tsrc-1\t3504011001",
        "1\t\\N\t\\N\tBudi\tbudi\tL\t2011-01-02\t\\N\t\\N\t\\N\t\\N\t3504011001",
        "");
  }

  @Test
  void theMergeKeepsFileOrderWhenANikOrASourceIdRepeatsAndTakesNikOrderOtherwise() {
    PersonRow a = row(2, "3504015403100001", "src-1");
    PersonRow b = row(3, "3504015403100002", "src-2");
    PersonRow unidentified = row(4, null, null);
    PersonRow sameNik = row(5, "3504015403100001", "src-3");
    PersonRow sameSource = row(6, "3504015403100003", "src-1");

    assertThat(PersonRowWriter.Postgres.order(List.of(a, b, unidentified, row(7, null, null))))
        .isEqualTo(PersonRowWriter.Postgres.BY_NIK);
    assertThat(PersonRowWriter.Postgres.order(List.of(a, b, sameNik)))
        .isEqualTo(PersonRowWriter.Postgres.IN_FILE_ORDER);
    assertThat(PersonRowWriter.Postgres.order(List.of(a, unidentified, sameSource)))
        .isEqualTo(PersonRowWriter.Postgres.IN_FILE_ORDER);
  }

  private static PersonRow row(long line, String nik, String sourceId) {
    return new PersonRow(line, "Budi", "bd", "L", LocalDate.of(2011, 1, 2), "3504011001", nik, null, null, null,
        null, sourceId);
  }
}
