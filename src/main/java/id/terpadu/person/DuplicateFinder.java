package id.terpadu.person;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Finds the records that may describe the same person as the given facts (docs/adr/0013-person-registry.md).
 *
 * <ol>
 *   <li>Prefilter in the database, always inside the given scope predicate and never among merged records: a
 *   record whose {@code name_key} shares a word key with the name ({@link NameMatcher#keyParts}), and, when a
 *   birth date is known, that lies in the same district, or was born in the same year, or has no birth date. At
 *   most {@value #MAX_PREFILTER} records (newest first) are read.</li>
 *   <li>Each is scored with {@link DuplicateScore}; those of {@link DuplicateScore#POSSIBLE} or more are
 *   candidates, best first, at most {@value #MAX_CANDIDATES}.</li>
 * </ol>
 */
@Component
public class DuplicateFinder {

  static final int MAX_PREFILTER = 200;
  static final int MAX_CANDIDATES = 10;

  /** One candidate with its score and reasons. */
  public record Candidate(Person person, DuplicateScore.Result result) {}

  private final PersonRepository persons;

  public DuplicateFinder(PersonRepository persons) {
    this.persons = persons;
  }

  /**
   * @param scope the records that may be candidates (the caller's region scope)
   * @param excludeId a record not to propose (the person being edited), or null
   */
  public List<Candidate> candidates(DuplicateScore.Facts facts, Specification<Person> scope, Long excludeId) {
    Set<String> parts = NameMatcher.keyParts(facts.name());
    if (parts.isEmpty()) {
      return List.of();
    }
    Specification<Person> spec = scope.and(notMerged()).and(keyMatches(parts))
        .and(near(facts.district(), facts.birthDate()));
    if (excludeId != null) {
      spec = spec.and((root, query, cb) -> cb.notEqual(root.get("id"), excludeId));
    }
    List<Person> found = persons.findBy(spec,
        q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(MAX_PREFILTER).all());
    List<Candidate> candidates = new ArrayList<>();
    for (Person p : found) {
      DuplicateScore.Result result = DuplicateScore.score(facts, factsOf(p));
      if (result.possible()) {
        candidates.add(new Candidate(p, result));
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.result().score()).reversed()
        .thenComparing(c -> c.person().getId()));
    return candidates.size() > MAX_CANDIDATES ? List.copyOf(candidates.subList(0, MAX_CANDIDATES)) : candidates;
  }

  static DuplicateScore.Facts factsOf(Person p) {
    return new DuplicateScore.Facts(p.getNik(), p.getName(), p.getBirthDate(), p.getDistrictCode(),
        p.getVillageCode());
  }

  /** Records not merged into another one. */
  static Specification<Person> notMerged() {
    return (root, query, cb) -> cb.isNull(root.get("mergedIntoId"));
  }

  /**
   * Records whose name key contains one of the word keys: {@code name_key} is the keys joined by single spaces,
   * so a key is the whole value, its first, last or a middle word. Keys are letters a–z only (no LIKE escapes).
   */
  static Specification<Person> keyMatches(Set<String> parts) {
    return (root, query, cb) -> {
      Expression<String> key = root.get("nameKey");
      List<Predicate> any = new ArrayList<>();
      for (String part : parts) {
        any.add(cb.equal(key, part));
        any.add(cb.like(key, part + " %"));
        any.add(cb.like(key, "% " + part));
        any.add(cb.like(key, "% " + part + " %"));
      }
      return cb.or(any.toArray(Predicate[]::new));
    };
  }

  private static Specification<Person> near(String district, LocalDate birthDate) {
    if (birthDate == null) {
      return (root, query, cb) -> cb.conjunction();
    }
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      if (district != null) {
        any.add(cb.equal(root.get("districtCode"), district));
      }
      any.add(sameYear(cb, root.get("birthDate"), birthDate.getYear()));
      any.add(cb.isNull(root.get("birthDate")));
      return cb.or(any.toArray(Predicate[]::new));
    };
  }

  private static Predicate sameYear(CriteriaBuilder cb, Expression<LocalDate> date, int year) {
    return cb.between(date, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
