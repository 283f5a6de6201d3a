package id.terpadu.person;

import java.util.Arrays;
import java.util.Optional;

/**
 * What one person is to another. One row of {@code person_relation} stores a relationship once, in a stored kind
 * ({@code PARENT}, {@code GUARDIAN}, {@code HOUSEHOLD_HEAD}, {@code SIBLING}, {@code SPOUSE}): row (person A, related
 * person B, PARENT) reads "B is A's parent". The other kinds are the inverse seen from B (A is B's {@code CHILD}),
 * stored as their stored kind with the persons swapped. {@code SIBLING} and {@code SPOUSE} are their own inverse.
 */
public enum RelationKind {
  PARENT("Orang tua"),
  CHILD("Anak"),
  GUARDIAN("Wali"),
  WARD("Anak dalam perwalian"),
  HOUSEHOLD_HEAD("Kepala keluarga"),
  HOUSEHOLD_MEMBER("Anggota keluarga"),
  SIBLING("Saudara kandung"),
  SPOUSE("Suami/istri");

  private final String label;

  RelationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** What the first person is to the other when the other is {@code this} to the first. */
  public RelationKind inverse() {
    return switch (this) {
      case PARENT -> CHILD;
      case CHILD -> PARENT;
      case GUARDIAN -> WARD;
      case WARD -> GUARDIAN;
      case HOUSEHOLD_HEAD -> HOUSEHOLD_MEMBER;
      case HOUSEHOLD_MEMBER -> HOUSEHOLD_HEAD;
      case SIBLING, SPOUSE -> this;
    };
  }

  /** Whether rows store this kind as it is (else its inverse, persons swapped). */
  public boolean stored() {
    return this == PARENT || this == GUARDIAN || this == HOUSEHOLD_HEAD || this == SIBLING || this == SPOUSE;
  }

  /** Whether the relationship reads the same both ways. */
  public boolean symmetric() {
    return inverse() == this;
  }

  public static Optional<RelationKind> find(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
