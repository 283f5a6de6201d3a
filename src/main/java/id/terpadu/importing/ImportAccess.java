package id.terpadu.importing;

import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.organisation.Roles;
import id.terpadu.web.ApiException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may import and who reads which import job: the one place that decides it.
 * <ul>
 *   <li>Starting an import of a kind needs one of the kind's roles (persons: supervisor, administrator); else
 *   403.</li>
 *   <li>Reading a job (its body, its rejected rows) needs the role too (else 403), and then the job must be the
 *   caller's own, or a job of their unit (the caller is a supervisor of a regency the importer belonged to as
 *   unit staff), or the caller is an administrator. Any other job does not exist for them: 404, the same answer
 *   as for an unknown id.</li>
 *   <li>Administrators have no region scope: they import into any region (a province's initial load); every
 *   job records who ran it. Supervisors import only into villages inside their region scope, taken when they
 *   upload.</li>
 * </ul>
 */
@Component
public class ImportAccess {

  public static final String JOB_NOT_FOUND = "IMPORT_JOB_NOT_FOUND";

  private final Callers callers;

  public ImportAccess(Callers callers) {
    this.callers = callers;
  }

  /** The caller as an importer of this kind; 403 when their role may not. */
  public Caller importer(ImportKind kind) {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(kind.roles())) {
      throw ApiException.forbidden("Your role may not import " + kind.name() + ".");
    }
    return caller;
  }

  /** Whether the caller imports into any region (administrator) rather than their scope. */
  public boolean anyRegion(Caller caller) {
    return caller.hasAnyRole(List.of(Roles.ADMIN));
  }

  /**
   * The job, when the caller may read it.
   *
   * @throws ApiException 403 when the caller's role reads no import jobs, 404 {@value #JOB_NOT_FOUND} when the
   *     job is absent or not theirs to read
   */
  ImportJob readable(ImportRunner runner, ImportJobs jobs, String jobId) {
    Caller caller = anyImporter();
    ImportJob job = jobs.find(jobId).orElse(null);
    ImportKind kind = job == null ? null : runner.kind(job.kind());
    if (job == null || kind == null || !caller.hasAnyRole(kind.roles()) || !mayRead(caller, job)) {
      throw ApiException.notFound(JOB_NOT_FOUND, "No such import job.");
    }
    return job;
  }

  /** The caller when their role imports anything (supervisor, administrator); 403 otherwise. */
  public Caller anyImporter() {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(List.of(Roles.SUPERVISOR, Roles.ADMIN))) {
      throw ApiException.forbidden("Your role may not import data or read import jobs.");
    }
    return caller;
  }

  static boolean mayRead(Caller caller, ImportJob job) {
    if (caller.hasAnyRole(List.of(Roles.ADMIN)) || caller.userId().equals(job.createdBy())) {
      return true;
    }
    return job.ownerUnits().stream()
        .anyMatch(unit -> caller.groupIds().contains(Roles.unitGroup(Roles.SUPERVISOR, unit)));
  }
}
