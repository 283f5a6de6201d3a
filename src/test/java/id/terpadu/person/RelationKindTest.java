package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationKindTest {

  @ParameterizedTest
  @EnumSource(RelationKind.class)
  void everyKindIsStoredAsItselfOrItsInverseAndTheInverseOfTheInverseIsItself(RelationKind kind) {
    assertThat(kind.inverse().inverse()).isEqualTo(kind);
    assertThat(kind.stored() || kind.inverse().stored()).isTrue();
    assertThat(kind.symmetric()).isEqualTo(kind == RelationKind.SIBLING || kind == RelationKind.SPOUSE);
  }

  @Test
  void aRowReadsFromBothSides() {
    // Person 7 is the parent of person 5.
    PersonRelation row = new PersonRelation(5, 7, RelationKind.PARENT, "petugas", Instant.EPOCH);
    assertThat(row.seenFrom(5)).isEqualTo(RelationKind.PARENT);
    assertThat(row.seenFrom(7)).isEqualTo(RelationKind.CHILD);
    assertThat(row.otherThan(5)).isEqualTo(7);
    assertThat(row.otherThan(7)).isEqualTo(5);
    assertThat(row.involves(9)).isFalse();
    assertThatThrownBy(() -> new PersonRelation(5, 7, RelationKind.CHILD, "petugas", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labelsAreIndonesian() {
    assertThat(RelationKind.PARENT.label()).isEqualTo("Orang tua");
    assertThat(RelationKind.find("GUARDIAN")).contains(RelationKind.GUARDIAN);
    assertThat(RelationKind.find("guardian")).isEmpty();
  }
}
