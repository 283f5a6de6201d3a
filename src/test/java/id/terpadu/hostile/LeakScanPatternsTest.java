package id.terpadu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.hostile.TestOutputLeakScanIT.Finder;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the leak scan finds of case descriptions and reporters' names, and what it leaves alone. */
class LeakScanPatternsTest {

  static final String DESCRIPTION = "Anak tertangkap mencuri sepeda motor; keluarga akan pindah ke kota lain.";

  @Test
  void aLogLineQuotingTheStartOfAProseDescriptionIsALeak() {
    String opening = TestOutputLeakScanIT.descriptionOpening(DESCRIPTION);
    assertThat(opening).isEqualTo("Anak tertangkap mencuri sepeda motor;");
    Finder finder = new Finder(new LinkedHashSet<>(Set.of(opening, "Ibu Guru Wati")));

    assertThat(finder.find("WARN c.Intake : complaint refused: description='" + DESCRIPTION.substring(0, 50) + "…'"))
        .containsExactly(opening.toLowerCase());
    assertThat(finder.find("INFO reporter IBU GURU WATI called")).containsExactly("ibu guru wati");
    assertThat(finder.find("INFO complaint 12 registered for case ULT-3504-2026-00001")).isEmpty();
  }

  @Test
  void shortOrGeneratedDescriptionsAreNotSearchedFor() {
    assertThat(TestOutputLeakScanIT.descriptionOpening("Anak putus sekolah.")).isNull();
    assertThat(TestOutputLeakScanIT.descriptionOpening("<script>alert(1)</script> ${jndi:ldap://x} =SUM(A1)"))
        .isNull();
    assertThat(TestOutputLeakScanIT.descriptionOpening("aaaa bbbb \u0000 cccc dddd eeee ffff")).isNull();
    assertThat(TestOutputLeakScanIT.descriptionOpening("1234567890 1234567890 1234567890")).isNull();
    assertThat(TestOutputLeakScanIT.descriptionOpening("Anak tidak punya akta kelahiran")).isEqualTo(
        "Anak tidak punya akta kelahiran");
  }
}
