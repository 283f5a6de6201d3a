package id.terpadu.kla;

import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.access.RegionScope;
import id.terpadu.organisation.Roles;
import id.terpadu.web.ApiException;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who reads and changes KLA rounds and submissions (one place, as ADR 0012 asks). KLA data is regional: a round
 * belongs to its regency, a submission to its district (cluster 0: the regency). Out of the caller's region scope
 * → 404 as if absent; a role that may not → 403.
 * <ul>
 *   <li>A round is visible to a caller whose scope lies inside its regency (a district's staff) or contains it
 *   (the regency, the province); its progress lists only the submissions inside the caller's scope, so a district
 *   sees its own rows only.</li>
 *   <li>Results and exports compare districts: only for callers whose scope contains the whole regency, in a role
 *   other than district staff.</li>
 *   <li>Evidence is uploaded and removed only by the group that fills the submission in, while it is open or
 *   returned.</li>
 * </ul>
 */
@Component
public class KlaAccess {

  static final List<String> READ_ROLES = List.of(Roles.KLA_VERIFIER, Roles.DISTRICT, Roles.HEAD, Roles.SUPERVISOR,
      Roles.PROVINCE);
  static final List<String> REGENCY_ROLES = List.of(Roles.KLA_VERIFIER, Roles.HEAD, Roles.SUPERVISOR, Roles.PROVINCE);

  private final Callers callers;
  private final KlaRoundRepository rounds;
  private final KlaSubmissionRepository submissions;

  public KlaAccess(Callers callers, KlaRoundRepository rounds, KlaSubmissionRepository submissions) {
    this.callers = callers;
    this.rounds = rounds;
    this.submissions = submissions;
  }

  public Caller caller() {
    return callers.current();
  }

  /** A round whose progress the caller may read. */
  public KlaRound roundForReading(Caller caller, long id) {
    KlaRound round = rounds.findById(id).filter(r -> overlaps(caller.scope(), r.getRegencyCode()))
        .orElseThrow(KlaAccess::roundNotFound);
    if (!caller.hasAnyRole(READ_ROLES)) {
      throw ApiException.forbidden("Your role may not read KLA assessments.");
    }
    return round;
  }

  /** A round whose results (all districts) the caller may read and export. */
  public KlaRound roundForResults(Caller caller, long id) {
    KlaRound round = roundForReading(caller, id);
    if (!caller.hasAnyRole(REGENCY_ROLES) || !caller.scope().contains(round)) {
      throw ApiException.forbidden("Only the regency's staff read the results of every district.");
    }
    return round;
  }

  /** Whether the caller may open a round of the regency: its KLA verifiers and head, in scope. */
  public void mayOpen(Caller caller, String regencyCode) {
    if (!caller.groupIds().contains(KlaRoles.verifierGroup(regencyCode))
        && !caller.groupIds().contains(Roles.unitGroup(Roles.HEAD, regencyCode))) {
      throw ApiException.forbidden("Only the regency's KLA verifiers or head open an assessment round.");
    }
    if (!caller.scope().contains(regencyCode)) {
      throw ApiException.notFound(KlaProblems.REGENCY_NOT_FOUND, "No such regency in your region.");
    }
  }

  public KlaSubmission submissionForReading(Caller caller, long id) {
    KlaSubmission submission = submissions.findById(id).filter(s -> caller.scope().contains(s))
        .orElseThrow(() -> ApiException.notFound(KlaProblems.SUBMISSION_NOT_FOUND, "No such KLA submission."));
    if (!caller.hasAnyRole(READ_ROLES)) {
      throw ApiException.forbidden("Your role may not read KLA submissions.");
    }
    return submission;
  }

  /** A submission the caller may add evidence to or remove evidence from: their group fills it in, it is open. */
  public KlaSubmission submissionForEvidence(Caller caller, long id) {
    KlaSubmission submission = submissionForReading(caller, id);
    if (!caller.groupIds().contains(submission.fillingGroup())) {
      throw ApiException.forbidden("Only the group that fills in this submission changes its evidence.");
    }
    if (!submission.getStatus().editable()) {
      throw ApiException.conflict(KlaProblems.SUBMISSION_LOCKED,
          "The submission is waiting for verification or accepted; its evidence cannot change.");
    }
    return submission;
  }

  /** Rounds whose regency overlaps the scope (lies inside it or contains part of it). */
  public Specification<KlaRound> visibleRounds(RegionScope scope) {
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      for (String code : scope.codes()) {
        any.add(code.length() >= 4 ? cb.equal(root.get("regencyCode"), code.substring(0, 4))
            : cb.like(root.get("regencyCode"), code + "%"));
      }
      return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    };
  }

  static boolean overlaps(RegionScope scope, String regencyCode) {
    return scope.codes().stream().anyMatch(c -> c.startsWith(regencyCode) || regencyCode.startsWith(c));
  }

  static ApiException roundNotFound() {
    return ApiException.notFound(KlaProblems.ROUND_NOT_FOUND, "No such KLA assessment round.");
  }
}
