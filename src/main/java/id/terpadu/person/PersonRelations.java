package id.terpadu.person;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family relationships between persons (parent, guardian, sibling, household head, …). Both persons must be
 * readable by the caller ({@link PersonAccess}: 404 outside their scope); a merged record takes no new ones.
 */
@Service
public class PersonRelations {

  public static final String RELATION_NOT_FOUND = "RELATION_NOT_FOUND";
  public static final String RELATION_EXISTS = "RELATION_EXISTS";
  public static final String PERSON_MERGED = "PERSON_MERGED";
  static final String MOVED_PERSON = "RELATION_PERSON";
  static final String MOVED_RELATED = "RELATION_RELATED";

  private final PersonAccess access;
  private final PersonRepository persons;
  private final PersonRelationRepository relations;
  private final Clock clock;

  PersonRelations(PersonAccess access, PersonRepository persons, PersonRelationRepository relations, Clock clock) {
    this.access = access;
    this.persons = persons;
    this.relations = relations;
    this.clock = clock;
  }

  /** Records that the related person is {@code relation} of the person ({@code PARENT}: their parent). */
  @Transactional
  public PersonView.Relation add(long personId, Long relatedPersonId, String relation) {
    PersonAccess.Reader reader = access.currentReader(personId, null);
    List<FieldProblem> problems = new ArrayList<>();
    if (relatedPersonId == null) {
      problems.add(new FieldProblem("relatedPersonId", "REQUIRED", "Pilih orang yang berhubungan."));
    } else if (relatedPersonId == personId) {
      problems.add(new FieldProblem("relatedPersonId", "SELF", "Seseorang tidak dapat berhubungan dengan dirinya."));
    }
    RelationKind kind = relation == null ? null : RelationKind.find(relation.trim()).orElse(null);
    if (kind == null) {
      problems.add(new FieldProblem("relation", relation == null || relation.isBlank() ? "REQUIRED" : "UNKNOWN_CODE",
          "Hubungan harus salah satu dari: " + Arrays.stream(RelationKind.values()).map(Enum::name)
              .collect(Collectors.joining(", ")) + "."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    Person person = access.readable(reader, personId);
    Person related = access.readable(reader, relatedPersonId);
    notMerged(person);
    notMerged(related);
    long a = kind.stored() ? personId : relatedPersonId;
    long b = kind.stored() ? relatedPersonId : personId;
    RelationKind stored = kind.stored() ? kind : kind.inverse();
    if (exists(a, b, stored)) {
      throw ApiException.conflict(RELATION_EXISTS, "This relationship is already recorded.");
    }
    PersonRelation saved = relations.saveAndFlush(
        new PersonRelation(a, b, stored, reader.caller().userId(), clock.instant()));
    person.touched(clock.instant());
    return view(saved, personId, related, true);
  }

  @Transactional
  public void remove(long personId, long relationId) {
    PersonAccess.Reader reader = access.currentReader(personId, null);
    Person person = access.readable(reader, personId);
    PersonRelation relation = relations.findById(relationId).filter(r -> r.involves(personId))
        .orElseThrow(() -> ApiException.notFound(RELATION_NOT_FOUND, "No such relationship of this person."));
    access.readable(reader, relation.otherThan(personId));
    notMerged(person);
    relations.delete(relation);
    person.touched(clock.instant());
  }

  /** The person's relationships as the reader sees them (the other person's name only within their scope). */
  List<PersonView.Relation> of(PersonAccess.Reader reader, Person person) {
    List<PersonRelation> rows = relations.involving(person.getId());
    Map<Long, Person> others = persons.findAllById(rows.stream().map(r -> r.otherThan(person.getId())).toList())
        .stream().collect(Collectors.toMap(Person::getId, p -> p));
    return rows.stream().map(r -> {
      Person other = others.get(r.otherThan(person.getId()));
      return view(r, person.getId(), other, access.inScope(reader, other));
    }).toList();
  }

  /**
   * Moves the relationships of one person to another (a merge): each row that would not duplicate one of the
   * target's or relate the target to itself. Returns what moved, for {@link #moveBack}.
   */
  List<PersonMerge.Moved> moveAll(long fromId, long toId) {
    List<PersonMerge.Moved> moved = new ArrayList<>();
    for (PersonRelation r : relations.findByPersonIdOrderById(fromId)) {
      if (r.getRelatedPersonId() != toId && !exists(toId, r.getRelatedPersonId(), r.getRelation())) {
        r.setPersonId(toId);
        relations.flush();
        moved.add(new PersonMerge.Moved(MOVED_PERSON, r.getId()));
      }
    }
    for (PersonRelation r : relations.findByRelatedPersonIdOrderById(fromId)) {
      if (r.getPersonId() != toId && !exists(r.getPersonId(), toId, r.getRelation())) {
        r.setRelatedPersonId(toId);
        relations.flush();
        moved.add(new PersonMerge.Moved(MOVED_RELATED, r.getId()));
      }
    }
    return moved;
  }

  /** Moves back what {@link #moveAll} moved (rows deleted since stay deleted). */
  void moveBack(Collection<PersonMerge.Moved> moved, long fromId, long toId) {
    for (PersonMerge.Moved m : moved) {
      relations.findById(m.getRecordId()).ifPresent(r -> {
        if (MOVED_PERSON.equals(m.getKind()) && r.getPersonId() == fromId) {
          r.setPersonId(toId);
        } else if (MOVED_RELATED.equals(m.getKind()) && r.getRelatedPersonId() == fromId) {
          r.setRelatedPersonId(toId);
        }
      });
    }
    relations.flush();
  }

  private boolean exists(long a, long b, RelationKind stored) {
    return relations.existsByPersonIdAndRelatedPersonIdAndRelation(a, b, stored)
        || (stored.symmetric() && relations.existsByPersonIdAndRelatedPersonIdAndRelation(b, a, stored));
  }

  private static void notMerged(Person p) {
    if (p.getMergedIntoId() != null) {
      throw ApiException.conflict(PERSON_MERGED,
          "Person " + p.getId() + " was merged into person " + p.getMergedIntoId() + "; change that record.");
    }
  }

  private static PersonView.Relation view(PersonRelation r, long viewerId, Person other, boolean visible) {
    RelationKind seen = r.seenFrom(viewerId);
    return new PersonView.Relation(r.getId(), seen.name(), seen.label(), r.otherThan(viewerId), visible,
        visible && other != null ? other.getName() : null);
  }
}
