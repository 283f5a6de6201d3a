package id.terpadu.person;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one person, and undoing it exactly (docs/adr/0013-person-registry.md). Only the unit's
 * supervisors and head ({@link PersonAccess#MERGERS}), and only for two records both readable to them.
 *
 * <p>A merge: the merged record points at the kept one ({@code mergedIntoId}) and stays (its history and the
 * access log keep their ids); the kept record's empty fields are filled from the merged one, the NIK included
 * (moved in the same transaction: the merged record gives it up first, so the unique constraint holds); two
 * different NIKs refuse the merge (one of them is wrong and must be corrected first); the merged record's cases
 * (and other features' records, {@link PersonMergeParticipant}) and relationships move to the kept record. What
 * moved is stored with the merge ({@code person_merge}, {@code person_merge_moved}).
 *
 * <p>An undo moves exactly those records back, empties the filled fields that still hold the merged record's
 * value, gives the NIK back and clears the pointer. Merges are undone last-first: a kept record that was itself
 * merged since must have that merge undone first.
 */
@Service
public class PersonMerges {

  public static final String MERGE_NOT_FOUND = "MERGE_NOT_FOUND";
  public static final String ALREADY_MERGED = "ALREADY_MERGED";
  public static final String NIK_CONFLICT = "NIK_CONFLICT";
  public static final String MERGE_UNDONE = "MERGE_UNDONE";
  public static final String UNDO_CONFLICT = "UNDO_CONFLICT";
  static final int MAX_REASON = 1000;

  /** One field of a person that a merge may fill on the kept record. */
  private record Field<T>(String name, Function<Person, T> get, BiConsumer<Person, T> set) {}

  private static final List<Field<?>> FILLABLE = List.of(
      new Field<String>("kk", Person::getKk, Person::setKk),
      new Field<String>("sex", Person::getSex, Person::setSex),
      new Field<LocalDate>("birthDate", Person::getBirthDate, Person::setBirthDate),
      new Field<String>("birthPlace", Person::getBirthPlace, Person::setBirthPlace),
      new Field<String>("address", Person::getAddress, Person::setAddress),
      new Field<String>("phone", Person::getPhone, Person::setPhone),
      new Field<String>("disability", Person::getDisability, Person::setDisability));

  private final PersonAccess access;
  private final PersonRepository persons;
  private final PersonMergeRepository merges;
  private final PersonRelations relations;
  private final List<PersonMergeParticipant> participants;
  private final Clock clock;

  PersonMerges(PersonAccess access, PersonRepository persons, PersonMergeRepository merges,
      PersonRelations relations, List<PersonMergeParticipant> participants, Clock clock) {
    this.access = access;
    this.persons = persons;
    this.merges = merges;
    this.relations = relations;
    this.participants = List.copyOf(participants);
    this.clock = clock;
  }

  @Transactional
  public PersonView.Merge merge(long keptId, Long mergedId, String reason) {
    PersonAccess.Reader reader = access.currentReader(keptId, null);
    access.requireRole(reader, PersonAccess.MERGERS, keptId);
    List<FieldProblem> problems = new ArrayList<>();
    if (mergedId == null) {
      problems.add(new FieldProblem("mergedId", "REQUIRED", "Pilih data orang yang digabungkan."));
    } else if (mergedId == keptId) {
      problems.add(new FieldProblem("mergedId", "SELF", "Data tidak dapat digabungkan dengan dirinya sendiri."));
    }
    String why = reason(reason, "reason", "Alasan penggabungan", problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    Person kept = access.readable(reader, keptId);
    Person merged = access.readable(reader, mergedId);
    for (Person p : List.of(kept, merged)) {
      if (p.getMergedIntoId() != null) {
        throw ApiException.conflict(ALREADY_MERGED,
            "Person " + p.getId() + " was already merged into person " + p.getMergedIntoId() + ".");
      }
    }
    if (kept.getNik() != null && merged.getNik() != null && !kept.getNik().equals(merged.getNik())) {
      throw ApiException.conflict(NIK_CONFLICT, "Both records have a NIK and the NIKs differ: they are two"
          + " persons, or one NIK is wrong. Correct the wrong NIK first, then merge.");
    }
    Instant now = clock.instant();
    List<String> filled = new ArrayList<>();
    String movedNik = null;
    if (kept.getNik() == null && merged.getNik() != null) {
      movedNik = merged.getNik();
      merged.setNik(null);
      persons.flush(); // the unique NIK leaves the merged record before the kept record takes it
      kept.setNik(movedNik);
      filled.add("nik");
    }
    for (Field<?> field : FILLABLE) {
      if (fill(field, kept, merged)) {
        filled.add(field.name());
      }
    }
    merged.mergedInto(kept.getId(), now);
    kept.touched(now);
    persons.flush();

    List<PersonMerge.Moved> moved = new ArrayList<>();
    for (PersonMergeParticipant participant : participants) {
      participant.moveAll(merged.getId(), kept.getId())
          .forEach(id -> moved.add(new PersonMerge.Moved(participant.kind(), id)));
    }
    moved.addAll(relations.moveAll(merged.getId(), kept.getId()));
    return merges.save(new PersonMerge(kept.getId(), merged.getId(), why, filled, movedNik, moved,
        reader.caller().userId(), now)).view();
  }

  @Transactional
  public PersonView.Merge undo(long mergeId, String reason) {
    PersonAccess.Reader reader = access.currentReader(null, null);
    access.requireRole(reader, PersonAccess.MERGERS, null);
    List<FieldProblem> problems = new ArrayList<>();
    String why = reason == null || reason.isBlank() ? null : reason(reason, "reason", "Alasan pembatalan", problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    PersonMerge merge = merges.findById(mergeId)
        .orElseThrow(() -> ApiException.notFound(MERGE_NOT_FOUND, "No such merge."));
    Person kept;
    Person merged;
    try {
      kept = access.readable(reader, merge.getKeptId());
      merged = access.readable(reader, merge.getMergedId());
    } catch (ApiException e) {
      throw ApiException.notFound(MERGE_NOT_FOUND, "No such merge.");
    }
    if (merge.isUndone()) {
      throw ApiException.conflict(MERGE_UNDONE, "This merge was already undone.");
    }
    if (kept.getMergedIntoId() != null) {
      throw ApiException.conflict(UNDO_CONFLICT, "The kept person was merged into person "
          + kept.getMergedIntoId() + " since; undo that merge first.");
    }
    if (!Objects.equals(merged.getMergedIntoId(), kept.getId())) {
      throw ApiException.conflict(UNDO_CONFLICT, "The merged person no longer points at the kept person.");
    }
    Instant now = clock.instant();
    List<String> filled = merge.filledFieldList();
    if (merge.getMovedNik() != null) {
      if (!merge.getMovedNik().equals(kept.getNik())) {
        throw ApiException.conflict(UNDO_CONFLICT, "The kept person's NIK was changed since the merge; the NIK"
            + " that moved with it cannot be given back.");
      }
      kept.setNik(null);
      persons.flush();
      merged.setNik(merge.getMovedNik());
    }
    for (Field<?> field : FILLABLE) {
      if (filled.contains(field.name())) {
        unfill(field, kept, merged);
      }
    }
    for (PersonMergeParticipant participant : participants) {
      participant.moveBack(merge.movedOf(participant.kind()).stream().map(PersonMerge.Moved::getRecordId).toList(),
          kept.getId(), merged.getId());
    }
    List<PersonMerge.Moved> relationMoves = new ArrayList<>(merge.movedOf(PersonRelations.MOVED_PERSON));
    relationMoves.addAll(merge.movedOf(PersonRelations.MOVED_RELATED));
    relations.moveBack(relationMoves, kept.getId(), merged.getId());
    merged.mergedInto(null, now);
    kept.touched(now);
    merge.undone(reader.caller().userId(), now, why);
    persons.flush();
    return merge.view();
  }

  /** The merges a person took part in, oldest first. */
  List<PersonView.Merge> of(Person person) {
    return merges.involving(person.getId()).stream().map(PersonMerge::view).toList();
  }

  private static <T> boolean fill(Field<T> field, Person kept, Person merged) {
    T value = field.get().apply(merged);
    if (field.get().apply(kept) == null && value != null) {
      field.set().accept(kept, value);
      return true;
    }
    return false;
  }

  /** Empties a filled field of the kept record, unless it was changed since (then the change stays). */
  private static <T> void unfill(Field<T> field, Person kept, Person merged) {
    if (Objects.equals(field.get().apply(kept), field.get().apply(merged))) {
      field.set().accept(kept, null);
    }
  }

  private static String reason(String raw, String field, String label, List<FieldProblem> problems) {
    String value = raw == null ? null : raw.trim();
    if (value == null || value.isEmpty()) {
      problems.add(new FieldProblem(field, "REQUIRED", label + " wajib diisi."));
    } else if (value.length() > MAX_REASON) {
      problems.add(new FieldProblem(field, "LENGTH", label + " paling banyak " + MAX_REASON + " karakter."));
    }
    return value;
  }
}
