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
}
