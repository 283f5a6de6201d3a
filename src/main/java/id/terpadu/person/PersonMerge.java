package id.terpadu.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two records of one person merged, and everything needed to undo it exactly: the records moved from the merged
 * person to the kept one ({@link Moved}: cases, relationships, …), the kept record's empty fields filled from the
 * merged one (and the NIK that moved), who merged, when and why, and the undo.
 */
@Entity
@Table(name = "person_merge")
class PersonMerge {

  /** One record moved by the merge: its kind ({@code CASE}, {@code RELATION_PERSON}, …) and id. */
  @Embeddable
  static class Moved {

    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    protected Moved() {}

    Moved(String kind, long recordId) {
      this.kind = kind;
      this.recordId = recordId;
    }

    String getKind() {
      return kind;
    }

    Long getRecordId() {
      return recordId;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_merge_seq")
  @SequenceGenerator(name = "person_merge_seq", sequenceName = "person_merge_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long keptId;

  @Column(nullable = false)
  private Long mergedId;

  @Column(nullable = false, length = 1000)
  private String reason;

  /** Names of the kept record's fields that were empty and were filled from the merged record, comma-separated. */
  @Column(nullable = false, length = 200)
  private String filledFields;

  @Column(length = 16)
  private String movedNik;

  @Column(nullable = false, length = 64)
  private String mergedBy;

  @Column(nullable = false)
  private Instant mergedAt;

  @Column(length = 64)
  private String undoneBy;

  private Instant undoneAt;

  @Column(length = 1000)
  private String undoReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_merge_moved", joinColumns = @JoinColumn(name = "merge_id"))
  private List<Moved> moved = new ArrayList<>();

  @Version
  private long version;

  protected PersonMerge() {}

  PersonMerge(long keptId, long mergedId, String reason, List<String> filledFields, String movedNik,
      List<Moved> moved, String mergedBy, Instant mergedAt) {
    this.keptId = keptId;
    this.mergedId = mergedId;
    this.reason = reason;
    this.filledFields = String.join(",", filledFields);
    this.movedNik = movedNik;
    this.moved = new ArrayList<>(moved);
    this.mergedBy = mergedBy;
    this.mergedAt = mergedAt;
  }

  void undone(String userId, Instant at, String why) {
    this.undoneBy = userId;
    this.undoneAt = at;
    this.undoReason = why;
  }

  boolean isUndone() {
    return undoneAt != null;
  }

  List<String> filledFieldList() {
    return filledFields.isEmpty() ? List.of() : Arrays.asList(filledFields.split(","));
  }

  List<Moved> movedOf(String kind) {
    return moved.stream().filter(m -> m.getKind().equals(kind)).toList();
  }

  PersonView.Merge view() {
    return new PersonView.Merge(id, keptId, mergedId, reason, mergedBy, mergedAt, filledFieldList(), undoneBy,
        undoneAt, undoReason);
  }

  Long getId() {
    return id;
  }

  Long getKeptId() {
    return keptId;
  }

  Long getMergedId() {
    return mergedId;
  }

  String getMovedNik() {
    return movedNik;
  }

  List<Moved> getMoved() {
    return moved;
  }
}
