package id.terpadu.person;

import id.terpadu.access.RegionScope;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a person in the registry, one record per person: the one entry point for the API
 * ({@code POST /api/persons}) and for imports, which call it without HTTP.
 *
 * <ol>
 *   <li>{@link PersonValidator}: 400 field errors (thrown as {@code ApiException}, whose {@code errors()} carry
 *   the messages in Bahasa Indonesia); NIK warnings are returned with the result.</li>
 *   <li>Exact NIK already registered: {@link Outcome#NIK_EXISTS} with the existing record's id (the caller of this
 *   service decides whether to show it). Same {@code sourceId} already imported: {@link Outcome#SOURCE_ID_EXISTS}.
 *   Nothing is stored.</li>
 *   <li>Possible duplicates in the scope ({@link DuplicateFinder}): per {@link DuplicatePolicy}.</li>
 *   <li>Otherwise the person is stored ({@link Outcome#CREATED}); a confirmed new person despite candidates is
 *   recorded with the candidates found.</li>
 * </ol>
 * A race on the NIK or source id (two registrations at once) ends in the database's unique constraint: a
 * {@code DataIntegrityViolationException} and nothing stored. Invalid input is refused before anything is written
 * and does not mark a surrounding transaction (an import's) for rollback: the caller may go on with the next row.
 */
@Service
public class PersonRegistration {

  /** Today as NIK checks need it: the date in Indonesia's easternmost zone. */
  static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

  /** What happened. */
  public enum Outcome { CREATED, NIK_EXISTS, SOURCE_ID_EXISTS, POSSIBLE_DUPLICATES }

  /**
   * The result.
   *
   * @param person the person created ({@link Outcome#CREATED}), else null
   * @param existingId the record holding the NIK or source id ({@code *_EXISTS}), else null
   * @param warnings NIK warnings (never rejections)
   * @param candidates possible duplicates: those that blocked the registration ({@code POSSIBLE_DUPLICATES}) or
   *     that the user confirmed past ({@code CREATED} with {@link DuplicatePolicy#CONFIRMED_NEW})
   */
  public record Result(Outcome outcome, Person person, Long existingId, List<NikCheck.Issue> warnings,
      List<DuplicateFinder.Candidate> candidates) {

    public Result {
      warnings = List.copyOf(warnings);
      candidates = List.copyOf(candidates);
    }
  }

  private final PersonValidator validator;
  private final PersonRepository persons;
  private final DuplicateFinder finder;
  private final NewPersonConfirmationRepository confirmations;
  private final OrganisationService organisation;
  private final Clock clock;

  PersonRegistration(PersonValidator validator, PersonRepository persons, DuplicateFinder finder,
      NewPersonConfirmationRepository confirmations, OrganisationService organisation, Clock clock) {
    this.validator = validator;
    this.persons = persons;
    this.finder = finder;
    this.confirmations = confirmations;
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * Registers a person for a staff member: the person's region must lie in that staff member's region scope (as
   * stored for them), and duplicate candidates are searched in that scope.
   */
  @Transactional(noRollbackFor = ApiException.class)
  public Result register(PersonInput input, String userId, DuplicatePolicy policy) {
    return register(input, userId, RegionScope.of(organisation.scopeOf(userId)), policy);
  }

  /**
   * Registers a person within an explicit region scope (an import run for a whole region by an administrator,
   * whose own scope is empty).
   */
  @Transactional(noRollbackFor = ApiException.class)
  public Result register(PersonInput input, String userId, RegionScope scope, DuplicatePolicy policy) {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(policy, "policy");
    PersonValidator.Validated validated = validator.validate(input, scope, today());
    PersonDetails details = validated.details();
    List<NikCheck.Issue> warnings = validated.warnings();
    if (details.nik() != null) {
      var existing = persons.findByNik(details.nik());
      if (existing.isPresent()) {
        return new Result(Outcome.NIK_EXISTS, null, existing.get().getId(), warnings, List.of());
      }
    }
    if (details.sourceId() != null) {
      var existing = persons.findBySourceId(details.sourceId());
      if (existing.isPresent()) {
        return new Result(Outcome.SOURCE_ID_EXISTS, null, existing.get().getId(), warnings, List.of());
      }
    }
    List<DuplicateFinder.Candidate> candidates = policy == DuplicatePolicy.NO_FUZZY_CHECK
        ? List.of() : finder.candidates(details.facts(), scope.specification(), null);
    if (!candidates.isEmpty() && policy == DuplicatePolicy.REJECT_POSSIBLE) {
      return new Result(Outcome.POSSIBLE_DUPLICATES, null, null, warnings, candidates);
    }
    Person person = persons.saveAndFlush(new Person(details, clock.instant()));
    if (!candidates.isEmpty()) {
      confirmations.save(new NewPersonConfirmation(person.getId(), candidates, userId, clock.instant()));
    }
    return new Result(Outcome.CREATED, person, null, warnings, candidates);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(WIT));
  }
}
