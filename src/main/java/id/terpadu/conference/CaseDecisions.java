package id.terpadu.conference;

import id.terpadu.access.RegionScope;
import id.terpadu.agency.Agency;
import id.terpadu.agency.AgencyDirectory;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.conference.CaseDecision.OwnerType;
import id.terpadu.conference.CaseDecision.Source;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.Roles;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions about a case (from a case conference or the weekly case meeting) and their tasks: validated as a whole
 * (owner known and working for the case's unit, due date, text), stored, and carried out as one task each of
 * {@code Process_CaseDecision}. An agency's decision goes to the agency's group ({@code agency-<code>}, as
 * referrals), a unit group's to that group, a staff member's to them (with the unit's supervisors as candidates).
 */
@Service("caseDecisions")
public class CaseDecisions {

  public static final String PROCESS_KEY = "Process_CaseDecision";
  static final String DECISION_ID = "decisionId";
  static final String TEXT = "confidentialDecisionText";
  static final String OUTCOME = "confidentialDecisionOutcome";
  static final int MAX_DECISIONS = 20;
  static final int MAX_DAYS_AHEAD = 366;

  /** A decision as submitted: owner type {@code AGENCY}, {@code GROUP} or {@code USER}, due date ISO. */
  public record DecisionInput(String text, String ownerType, String owner, String dueDate) {}

  private final CaseDecisionRepository decisions;
  private final AgencyDirectory agencies;
  private final OrganisationService organisation;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  public CaseDecisions(CaseDecisionRepository decisions, AgencyDirectory agencies, OrganisationService organisation,
      RuntimeService runtime, IdentityService identity, Clock clock) {
    this.decisions = decisions;
    this.agencies = agencies;
    this.organisation = organisation;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * Checks the decisions for a case; each problem names its field as {@code <prefix>[i].<field>}. Returns the
   * decisions to store (not yet saved) when there is no problem.
   */
  List<CaseDecision> validate(ChildCase theCase, Long conferenceId, Source source, List<DecisionInput> inputs,
      String prefix, String by, List<FieldProblem> problems) {
    List<CaseDecision> valid = new ArrayList<>();
    if (inputs == null) {
      return valid;
    }
    if (inputs.size() > MAX_DECISIONS) {
      problems.add(new FieldProblem(prefix, "TOO_MANY", "Paling banyak " + MAX_DECISIONS + " keputusan sekaligus."));
      return valid;
    }
    LocalDate today = LocalDate.now(clock.withZone(UnitTimeZones.of(theCase.getRegencyCode())));
    for (int i = 0; i < inputs.size(); i++) {
      DecisionInput in = inputs.get(i);
      String field = prefix + "[" + i + "].";
      int before = problems.size();
      String text = trim(in == null ? null : in.text());
      if (text == null) {
        problems.add(new FieldProblem(field + "text", "REQUIRED", "Keputusan " + (i + 1) + ": isi keputusan wajib diisi."));
      } else if (text.length() > CaseDecision.MAX_TEXT) {
        problems.add(new FieldProblem(field + "text", "LENGTH", "Keputusan " + (i + 1) + ": paling banyak "
            + CaseDecision.MAX_TEXT + " karakter."));
      }
      OwnerType type = null;
      String typeText = trim(in == null ? null : in.ownerType());
      try {
        type = typeText == null ? null : OwnerType.valueOf(typeText);
      } catch (IllegalArgumentException e) {
        type = null;
      }
      String owner = trim(in == null ? null : in.owner());
      if (type == null) {
        problems.add(new FieldProblem(field + "ownerType", typeText == null ? "REQUIRED" : "UNKNOWN_CODE",
            "Keputusan " + (i + 1) + ": pilih penanggung jawab (AGENCY, GROUP atau USER)."));
      } else if (owner == null) {
        problems.add(new FieldProblem(field + "owner", "REQUIRED", "Keputusan " + (i + 1)
            + ": penanggung jawab wajib diisi."));
      } else {
        String ownerProblem = ownerProblem(theCase, type, owner);
        if (ownerProblem != null) {
          problems.add(new FieldProblem(field + "owner", "UNKNOWN_OWNER", "Keputusan " + (i + 1) + ": " + ownerProblem));
        }
      }
      LocalDate due = null;
      String dueText = trim(in == null ? null : in.dueDate());
      if (dueText == null) {
        problems.add(new FieldProblem(field + "dueDate", "REQUIRED", "Keputusan " + (i + 1) + ": tenggat wajib diisi."));
      } else {
        try {
          due = FormValues.localDate(dueText);
          if (due.isBefore(today)) {
            problems.add(new FieldProblem(field + "dueDate", "IN_THE_PAST", "Keputusan " + (i + 1)
                + ": tenggat tidak boleh sebelum hari ini."));
          } else if (due.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            problems.add(new FieldProblem(field + "dueDate", "TOO_LATE", "Keputusan " + (i + 1)
                + ": tenggat paling lambat satu tahun dari hari ini."));
          }
        } catch (DateTimeParseException e) {
          problems.add(new FieldProblem(field + "dueDate", "INVALID_DATE", "Keputusan " + (i + 1)
              + ": tenggat harus tanggal (tttt-bb-hh)."));
        }
      }
      if (problems.size() == before) {
        valid.add(new CaseDecision(theCase.getId(), conferenceId, source, text, type, owner, due, by, clock.instant()));
      }
    }
    return valid;
  }

  /** Why the owner cannot take a decision of this case, or null when it can. */
  String ownerProblem(ChildCase theCase, OwnerType type, String owner) {
    String regency = theCase.getRegencyCode();
    return switch (type) {
      case AGENCY -> {
        Agency agency = agencies.find(owner).orElse(null);
        if (agency == null || !agency.isActive()) {
          yield "mitra layanan '" + owner + "' tidak dikenal atau tidak aktif.";
        }
        yield agency.getRegencyCodes().isEmpty() || agency.getRegencyCodes().contains(regency) ? null
            : "mitra layanan '" + owner + "' tidak melayani kabupaten/kota kasus ini.";
      }
      case GROUP -> Roles.UNIT_ROLES.stream().anyMatch(role -> Roles.unitGroup(role, regency).equals(owner)) ? null
          : "kelompok '" + owner + "' bukan kelompok unit kasus ini (misalnya supervisor-" + regency + ").";
      case USER -> {
        boolean known = Privileged.asApplication(identity, () -> organisation.userExists(owner));
        if (!known) {
          yield "pengguna '" + owner + "' tidak dikenal.";
        }
        boolean unitStaff = Privileged.asApplication(identity, () -> organisation.groupsOf(owner)).stream()
            .anyMatch(Roles.UNIT_ROLES::contains);
        yield unitStaff && RegionScope.of(organisation.scopeOf(owner)).contains(theCase) ? null
            : "pengguna '" + owner + "' bukan petugas unit yang menangani kasus ini.";
      }
    };
  }

  /** Stores valid decisions. */
  List<CaseDecision> store(List<CaseDecision> valid) {
    return decisions.saveAllAndFlush(valid);
  }

  /** Starts the task of each decision (weekly case meeting: outside the conference process). */
  void startTasks(ChildCase theCase, List<CaseDecision> stored) {
    for (CaseDecision decision : stored) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DECISION_ID, decision.getId());
      variables.put(CaseVariables.CASE_ID, theCase.getId());
      variables.put(CaseVariables.CASE_NUMBER, theCase.getCaseNumber());
      variables.put(CaseVariables.REGENCY, theCase.getRegencyCode());
      Privileged.asApplication(identity, () -> runtime.createProcessInstanceByKey(PROCESS_KEY)
          .businessKey(theCase.getCaseNumber()).setVariables(variables).execute().getId());
    }
  }

  /**
   * Start listener of {@code Process_CaseDecision}: who carries the decision out (candidate group, assignee), by
   * when (end of the due day in the unit's time zone) and the decision's text for the task form (never in history).
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void prepare(DelegateExecution execution) {
    CaseDecision decision = decision(execution.getVariable(DECISION_ID));
    String regency = (String) execution.getVariable(CaseVariables.REGENCY);
    ZoneId zone = UnitTimeZones.of(regency);
    String group = switch (decision.getOwnerType()) {
      case AGENCY -> agencies.find(decision.getOwner()).map(Agency::getGroupId)
          .orElse(Roles.agencyGroup(decision.getOwner()));
      case GROUP -> decision.getOwner();
      case USER -> Roles.unitGroup(Roles.SUPERVISOR, regency);
    };
    execution.setVariable("decisionGroup", group);
    execution.setVariable("decisionAssignee", decision.getOwnerType() == OwnerType.USER ? decision.getOwner() : null);
    execution.setVariable("decisionDue", Date.from(decision.getDueDate().atTime(23, 59).atZone(zone).toInstant()));
    execution.setVariable(TEXT, decision.getText());
    decision.attachProcess(execution.getProcessInstanceId());
  }

  /** Complete listener of the decision task: the outcome is required and stored; the text leaves the process. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void done(DelegateTask task) {
    String outcome = FormValues.text(task, OUTCOME);
    if (outcome == null) {
      throw new BadUserRequestException("Hasil tindak lanjut wajib diisi.");
    }
    if (outcome.length() > CaseDecision.MAX_OUTCOME) {
      throw new BadUserRequestException("Hasil tindak lanjut paling banyak " + CaseDecision.MAX_OUTCOME + " karakter.");
    }
    CaseDecision decision = decision(task.getVariable(DECISION_ID));
    String by = task.getAssignee() != null ? task.getAssignee() : identity.getCurrentAuthentication() == null
        ? "system" : identity.getCurrentAuthentication().getUserId();
    decision.done(outcome, by, clock.instant());
    FormValues.forget(task, Set.of(OUTCOME, TEXT));
  }

  List<CaseDecision> ofConference(long conferenceId) {
    return decisions.findByConferenceIdOrderById(conferenceId);
  }

  List<CaseDecision> ofCase(long caseId) {
    return decisions.findByCaseIdOrderById(caseId);
  }

  private CaseDecision decision(Object id) {
    if (!(id instanceof Number n)) {
      throw new IllegalStateException("The decision process has no decisionId");
    }
    return decisions.findById(n.longValue())
        .orElseThrow(() -> new IllegalStateException("No case decision " + id));
  }

  static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
