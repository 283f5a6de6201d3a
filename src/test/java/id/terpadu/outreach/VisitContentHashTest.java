package id.terpadu.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.outreach.OutreachVisits.ChildInput;
import id.terpadu.outreach.OutreachVisits.VisitInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a resubmitted visit "the same": the submitted fields with text trimmed, children in order. */
class VisitContentHashTest {

  static VisitInput visit(String notes, ChildInput... children) {
    return new VisitInput(7L, "2026-11-25", "3504011001", notes, List.of(children));
  }

  static ChildInput child(String name, int age) {
    return new ChildInput(name, age, "L", null, "Bekerja di bengkel.", true, null);
  }

  @Test
  void theSameContentWithOtherWhitespaceIsTheSameVisit() {
    assertThat(OutreachVisits.hash(visit("RT 02", child("Raka", 12))))
        .isEqualTo(OutreachVisits.hash(visit("  RT 02 ", child(" Raka", 12))))
        .hasSize(64);
    assertThat(OutreachVisits.hash(visit("", child("Raka", 12))))
        .as("blank and absent notes").isEqualTo(OutreachVisits.hash(visit(null, child("Raka", 12))));
  }

  @Test
  void anyOtherFieldOrOrderIsAnotherVisit() {
    String hash = OutreachVisits.hash(visit("RT 02", child("Raka", 12), child("Sari", 8)));
    assertThat(OutreachVisits.hash(visit("RT 02", child("Raka", 13), child("Sari", 8)))).isNotEqualTo(hash);
    assertThat(OutreachVisits.hash(visit("RT 02", child("Sari", 8), child("Raka", 12)))).isNotEqualTo(hash);
    assertThat(OutreachVisits.hash(visit("RT 02", child("Raka", 12)))).isNotEqualTo(hash);
    assertThat(OutreachVisits.hash(new VisitInput(8L, "2026-11-25", "3504011001", "RT 02",
        List.of(child("Raka", 12), child("Sari", 8))))).as("another round").isNotEqualTo(hash);
  }
}
