package id.terpadu.person;

import id.terpadu.access.AccessListener;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.organisation.Roles;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read which person record: the one place that decides it, for one person and, as a query predicate,
 * for searches (docs/adr/0012-region-scope-layer.md).
 * <ul>
 *   <li>A person outside the caller's region scope (or without a region) does not exist for them: 404
 *   {@value #PERSON_NOT_FOUND}.</li>
 *   <li>The unit's staff (front office, caseworkers, supervisors, head) read and search the persons of their
 *   scope: finding an existing record before creating one is how duplicates are avoided. Partner agencies
 *   (referral summaries only), the province (aggregates only) and administrators read none: 403.</li>
 *   <li>The full NIK is shown to the front office and management, who register and verify identities;
 *   caseworkers see it masked.</li>
 * </ul>
 * Every decision is told to the {@link AccessListener}s (the access log).
 */
@Component
public class PersonAccess {

  public static final String PERSON_NOT_FOUND = "PERSON_NOT_FOUND";

  static final List<String> READERS = List.of(Roles.INTAKE, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.HEAD);
  static final List<String> FULL_NIK_READERS = List.of(Roles.INTAKE, Roles.SUPERVISOR, Roles.HEAD);
  /** Who may merge two person records and undo a merge: the unit's management. */
  static final List<String> MERGERS = List.of(Roles.SUPERVISOR, Roles.HEAD);

  /** The caller as a reader of person records. */
  public record Reader(Caller caller, boolean seesFullNik) {}

  private final PersonRepository persons;
  private final Callers callers;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public PersonAccess(PersonRepository persons, Callers callers, List<AccessListener> listeners, Clock clock) {
    this.persons = persons;
    this.callers = callers;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /**
   * The person, when the current caller may read it.
   *
   * @throws ApiException 404 {@value #PERSON_NOT_FOUND} when absent or outside the caller's scope, 403 when the
   *     caller's role reads no person records
   */
  public Person readable(Reader reader, long personId) {
    Person found = persons.findById(personId).orElse(null);
    if (found == null || !reader.caller().scope().contains(found)) {
      tell(reader.caller().userId(), personId, null, null, Outcome.NOT_FOUND);
      throw ApiException.notFound(PERSON_NOT_FOUND, "No such person.");
    }
    tell(reader.caller().userId(), personId, null, null, Outcome.ALLOWED);
    return found;
  }

  /**
   * The caller as a person reader.
   *
   * @param personId the person asked for (null for a search), for the access log when refused
   * @param filters the search's filters as the access log records them (null for one person)
   * @throws ApiException 403 when the caller's role reads no person records
   */
  public Reader currentReader(Long personId, String filters) {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(READERS)) {
      tell(caller.userId(), personId, filters, null, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Your role may not read person records.");
    }
    return new Reader(caller, caller.hasAnyRole(FULL_NIK_READERS));
  }

  /**
   * Refuses a reader whose role may not do a write ({@code MERGERS} for merges): 403, told to the access log.
   */
  public void requireRole(Reader reader, List<String> roles, Long personId) {
    if (!reader.caller().hasAnyRole(roles)) {
      tell(reader.caller().userId(), personId, null, null, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Your role may not do this to person records.");
    }
  }

  /**
   * Whether the reader may read this person (in their scope), without refusing: for answers that only point at a
   * record (a 409 naming the existing person, a relation's other person). The decision is logged as a read.
   */
  public boolean mayRead(Reader reader, Person person) {
    boolean inScope = person != null && reader.caller().scope().contains(person);
    if (person != null) {
      tell(reader.caller().userId(), person.getId(), null, null, inScope ? Outcome.ALLOWED : Outcome.NOT_FOUND);
    }
    return inScope;
  }

  /** Whether the person lies in the reader's scope; not logged (for deciding what a list shows of a record). */
  public boolean inScope(Reader reader, Person person) {
    return person != null && reader.caller().scope().contains(person);
  }

  /** Records that records found by {@link #readablePersons} were shown (duplicate candidates): one row each. */
  public void shown(Reader reader, Person person) {
    tell(reader.caller().userId(), person.getId(), null, null, Outcome.ALLOWED);
  }

  /** The persons the reader may find, as a query predicate (their region scope). */
  public Specification<Person> readablePersons(Reader reader) {
    return reader.caller().scope().specification();
  }

  /** Records a search answered with {@link #readablePersons}: its filters and the number of matches. */
  public void listed(Reader reader, String filters, long total) {
    tell(reader.caller().userId(), null, filters, total, Outcome.ALLOWED);
  }

  private void tell(String userId, Long personId, String filters, Long count, Outcome outcome) {
    Decision decision = new Decision(clock.instant(), userId, null, personId, filters, count, outcome);
    listeners.forEach(listener -> listener.decided(decision));
  }
}
