package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class FormValuesTest {

  @Test
  void readsTheDateOfADateFieldWithOrWithoutATimePart() {
    assertThat(FormValues.localDate("2026-12-11")).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(FormValues.localDate(" 2026-12-11T00:00:00.000Z ")).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(FormValues.localDate("  ")).isNull();
    assertThat(FormValues.localDate(null)).isNull();
    assertThatThrownBy(() -> FormValues.localDate("11/12/2026")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void showsDatesInIndonesian() {
    assertThat(FormValues.INDONESIAN_DATE.format(LocalDate.of(2026, 8, 17))).isEqualTo("17 Agustus 2026");
  }

  @Test
  void aDisplayTextThatFitsAStringVariableIsKeptAsItIs() {
    assertThat(FormValues.fitted(null)).isNull();
    assertThat(FormValues.fitted("Anak ditinggal sendirian.")).isEqualTo("Anak ditinggal sendirian.");
    String exactly = "a".repeat(FormValues.MAX_TEXT_VARIABLE);
    assertThat(FormValues.fitted(exactly)).isSameAs(exactly);
  }

  @Test
  void aLongerDisplayTextIsCutToTheLimitWithANoteWhereTheWholeTextIs() {
    String text = "b".repeat(FormValues.MAX_TEXT_VARIABLE - 100) + "c".repeat(101);

    String shown = FormValues.fitted(text);

    assertThat(shown).hasSize(FormValues.MAX_TEXT_VARIABLE).endsWith(FormValues.CUT_NOTE)
        .startsWith(text.substring(0, FormValues.MAX_TEXT_VARIABLE - FormValues.CUT_NOTE.length()));
  }

  @Test
  void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
    int keep = FormValues.MAX_TEXT_VARIABLE - FormValues.CUT_NOTE.length();
    // An emoji (two UTF-16 units) whose first half would be the last unit kept.
    String text = "d".repeat(keep - 1) + "\uD83D\uDE22" + "e".repeat(500);

    assertThat(FormValues.fitted(text)).isEqualTo("d".repeat(keep - 1) + FormValues.CUT_NOTE);
  }

  @Test
  void aLongTextBetweenPartsToShowWholeIsCutInTheMiddle() {
    String before = "Tujuan:\n";
    String after = "\n\nLayanan:\n- Akta kelahiran\n\nDisusun oleh: peksos1";
    assertThat(FormValues.fitted(before, "Akta terbit.", after)).isEqualTo(before + "Akta terbit." + after);
    assertThat(FormValues.fitted(before, null, after)).isEqualTo(before + after);

    String shown = FormValues.fitted(before, "g".repeat(FormValues.MAX_TEXT_VARIABLE), after);

    assertThat(shown).hasSize(FormValues.MAX_TEXT_VARIABLE).startsWith(before + "ggg")
        .endsWith("g" + FormValues.CUT_NOTE + after);
  }

  @Test
  void partsAroundTheMiddleThatLeaveItNoRoomAreCutAtTheEnd() {
    String after = "\n- rujukan".repeat(400);

    String shown = FormValues.fitted("Alasan: ", "Ringkasan.", after);

    assertThat(shown).hasSize(FormValues.MAX_TEXT_VARIABLE).startsWith("Alasan: Ringkasan.\n- rujukan")
        .endsWith(FormValues.CUT_NOTE);
  }
}
