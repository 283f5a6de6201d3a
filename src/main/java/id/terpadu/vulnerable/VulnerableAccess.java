package id.terpadu.vulnerable;

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
 * Who may do what with the vulnerable registry: the one place that decides it (docs/adr/0018-vulnerable-registry.md,
 * on the region-scope layer of ADR 0012).
 * <ul>
 *   <li>The unit's front office, caseworkers, supervisors and head register, read, list and update the entries of
 *   their region scope; an entry outside it does not exist for them (404 {@value #ENTRY_NOT_FOUND}). The full NIK
 *   is shown to the front office and management, masked to caseworkers (as for person records).</li>
 *   <li>Handover lists (exports with names and NIKs) are for the unit's supervisors and head only.</li>
 *   <li>The province reads aggregates ({@code /summary}) and verifies assessments in Tasklist, where the task
 *   shows no identity; it reads no individual entry through the API (403). Partner agencies and administrators
 *   read no entries (403); administrators read the export log.</li>
 * </ul>
 * Every decision is told to the {@link AccessListener}s (the access log), with the entry's person id.
 */
@Component
public class VulnerableAccess {

  public static final String ENTRY_NOT_FOUND = "VULNERABLE_ENTRY_NOT_FOUND";

  static final List<String> UNIT_STAFF = List.of(Roles.INTAKE, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.HEAD);
  static final List<String> FULL_NIK_READERS = List.of(Roles.INTAKE, Roles.SUPERVISOR, Roles.HEAD);
  static final List<String> EXPORTERS = List.of(Roles.SUPERVISOR, Roles.HEAD);
  static final List<String> SUMMARY_READERS =
      List.of(Roles.INTAKE, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.HEAD, Roles.PROVINCE);
  static final List<String> EXPORT_LOG_READERS = List.of(Roles.SUPERVISOR, Roles.HEAD, Roles.ADMIN);

  /** The caller as a user of the registry: whether they see full NIKs. */
  public record Reader(Caller caller, boolean seesFullNik) {}

  private final VulnerableEntryRepository entries;
  private final Callers callers;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public VulnerableAccess(VulnerableEntryRepository entries, Callers callers, List<AccessListener> listeners,
      Clock clock) {
    this.entries = entries;
    this.callers = callers;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** The caller as unit staff (register, read, list, update); 403 for any other role. */
  public Reader unitStaff(Long personId, String filters) {
    return withRole(UNIT_STAFF, personId, filters, "Your role may not read or change the vulnerable registry.");
  }

  /** The caller as an exporter of handover lists (supervisor, head); 403 otherwise. */
  public Reader exporter(String filters) {
    return withRole(EXPORTERS, null, filters, "Only the unit's supervisors and head export handover lists.");
  }

  /** The caller as a reader of the per-regency summary (unit staff, province); 403 otherwise. */
  public Caller summaryReader() {
    return withRole(SUMMARY_READERS, null, "summary", "Your role may not read the registry summary.").caller();
  }

  /** The caller as a reader of the export log (supervisor, head, administrator); 403 otherwise. */
  public Caller exportLogReader() {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(EXPORT_LOG_READERS)) {
      throw ApiException.forbidden("Your role may not read the export log.");
    }
    return caller;
  }

  private Reader withRole(List<String> roles, Long personId, String filters, String refusal) {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(roles)) {
      tell(caller.userId(), personId, filters, null, Outcome.FORBIDDEN);
      throw ApiException.forbidden(refusal);
    }
    return new Reader(caller, caller.hasAnyRole(FULL_NIK_READERS));
  }

  /**
   * The entry, when it lies in the reader's scope.
   *
   * @throws ApiException 404 {@value #ENTRY_NOT_FOUND} when absent or outside the scope
   */
  public VulnerableEntry readable(Reader reader, long entryId) {
    VulnerableEntry entry = entries.findById(entryId).orElse(null);
    if (entry == null || !reader.caller().scope().contains(entry)) {
      tell(reader.caller().userId(), null, "vulnerableEntry=" + entryId, null, Outcome.NOT_FOUND);
      throw ApiException.notFound(ENTRY_NOT_FOUND, "No such registry entry.");
    }
    tell(reader.caller().userId(), entry.getPerson().getId(), null, null, Outcome.ALLOWED);
    return entry;
  }

  /** The entries the caller may find, as a query predicate (their region scope). */
  public Specification<VulnerableEntry> readableEntries(Caller caller) {
    return caller.scope().specification();
  }

  /** Records a list, export or summary query: its filters (codes only) and how many rows it answered. */
  public void listed(Caller caller, String filters, long count) {
    tell(caller.userId(), null, filters, count, Outcome.ALLOWED);
  }

  private void tell(String userId, Long personId, String filters, Long count, Outcome outcome) {
    Decision decision = new Decision(clock.instant(), userId, null, personId, filters, count, outcome);
    listeners.forEach(listener -> listener.decided(decision));
  }
}
