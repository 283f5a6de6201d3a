package id.terpadu.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A case's categories with labels, as the case file shows them. */
class CaseCategoriesTest {

  private final CaseCategories categories = new CaseCategories();

  @Test
  void thePrimaryCategoryComesFirstThenTheOthersInReferenceOrder() {
    assertThat(categories.ofCase("PENDIDIKAN", Set.of("PENGASUHAN", "PENDIDIKAN", "ABH")))
        .extracting(CaseCategories.Category::label)
        .containsExactly("Pendidikan", "Anak Berhadapan dengan Hukum", "Pengasuhan");
  }

  @Test
  void aCodeNoLongerInTheReferenceDataKeepsItsCode() {
    assertThat(categories.ofCase("ABH", Set.of("ABH", "LAMA")))
        .containsExactly(new CaseCategories.Category("ABH", "Anak Berhadapan dengan Hukum"),
            new CaseCategories.Category("LAMA", "LAMA"));
  }
}
