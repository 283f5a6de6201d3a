package id.terpadu.conference;

import id.terpadu.access.AccessListener;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.RiskLevel;
import id.terpadu.casenote.CaseNote;
import id.terpadu.casenote.CaseNoteRepository;
import id.terpadu.conference.CaseDecision.Source;
import id.terpadu.conference.CaseDecisions.DecisionInput;
import id.terpadu.process.Privileged;
import id.terpadu.referral.ReferralStatus;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly case meeting of a unit: the open cases of the caller's scope to discuss, each with why (high risk,
 * overdue tasks, stuck referrals, termination waiting for approval, put on the conference agenda by its
 * caseworker), and the decisions taken there (a case note, and tasks for their owners). Supervisors and heads only.
 */
@Service
public class CaseMeetings {

  public enum Reason { HIGH_RISK, OVERDUE_TASKS, STUCK_REFERRAL, TERMINATION_PROPOSED, CONFERENCE_AGENDA }

  static final String AGENDA_FILTERS = "case-meeting:agenda";
  static final int MAX_CASES = 200;
  static final int MAX_OVERDUE_TASKS = 5000;
  static final int MAX_NOTE = 4000;
  static final String NOTE_PREFIX = "Rapat kasus: ";
  static final List<ReferralStatus> UNFINISHED =
      List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED);

  /** A referral that has not been completed by its target date. */
  public record StuckReferral(long referralId, String agencyCode, ReferralStatus status, LocalDate targetDate) {}

  /** One case on the agenda: ids and codes only, never the child's identity. */
  public record AgendaItem(long caseId, String caseNumber, RiskLevel riskLevel, CaseStage stage, String caseworkerId,
      List<Reason> reasons, int overdueTasks, List<StuckReferral> stuckReferrals, long openDecisions) {}

  /** Decisions of the meeting about one case. */
  public record MeetingDecisions(Long caseId, String note, List<DecisionInput> decisions) {}

  /** What was recorded. */
  public record Recorded(long caseId, long noteId, List<Long> decisionIds) {}

  private final Callers callers;
  private final CaseAccess caseAccess;
  private final ChildCaseRepository cases;
  private final CaseNoteRepository notes;
  private final CaseDecisions decisions;
  private final CaseDecisionRepository decisionRows;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final EntityManager entities;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public CaseMeetings(Callers callers, CaseAccess caseAccess, ChildCaseRepository cases, CaseNoteRepository notes,
      CaseDecisions decisions, CaseDecisionRepository decisionRows, TaskService tasks, RuntimeService runtime,
      IdentityService identity, EntityManager entities, List<AccessListener> listeners, Clock clock) {
    this.callers = callers;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.notes = notes;
    this.decisions = decisions;
    this.decisionRows = decisionRows;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.entities = entities;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** The agenda: the caller's open cases that need discussing, most reasons first, then by risk and number. */
  @Transactional(readOnly = true)
  public List<AgendaItem> agenda() {
    Caller caller = overseer(null, AGENDA_FILTERS);
    Specification<ChildCase> readable = caseAccess.readableCases(AGENDA_FILTERS);
    Set<String> regencies = new LinkedHashSet<>();
    caller.scope().codes().forEach(code -> regencies.add(code.length() >= 4 ? code.substring(0, 4) : code));
    // The engine's clock, as the tasks' due dates and timers (and the SLA view) use it.
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), UnitTimeZones.WIB);

    Map<Long, List<StuckReferral>> stuck = stuckReferrals(regencies, today);
    Map<Long, Integer> overdue = overdueTasks(regencies);
    Set<Long> flagged = new HashSet<>(stuck.keySet());
    flagged.addAll(overdue.keySet());

    Specification<ChildCase> needsDiscussing = (root, query, cb) -> {
      var any = new ArrayList<jakarta.persistence.criteria.Predicate>();
      any.add(cb.equal(root.get("riskLevel"), RiskLevel.HIGH));
      any.add(cb.equal(root.get("stage"), CaseStage.TERMINATION));
      any.add(cb.isTrue(root.get("conferenceAgenda")));
      if (!flagged.isEmpty()) {
        any.add(root.get("id").in(flagged));
      }
      return cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
    };
    Specification<ChildCase> open = (root, query, cb) -> cb.equal(root.get("status"), CaseStatus.OPEN);
    List<ChildCase> found = cases.findAll(readable.and(open).and(needsDiscussing),
        PageRequest.of(0, MAX_CASES * 5, Sort.by("id"))).getContent();

    Map<Long, Long> openDecisions = new HashMap<>();
    if (!found.isEmpty()) {
      entities.createQuery("select d.caseId, count(d) from CaseDecision d where d.status = :open and d.caseId in :ids"
              + " group by d.caseId", Object[].class)
          .setParameter("open", CaseDecision.Status.OPEN)
          .setParameter("ids", found.stream().map(ChildCase::getId).toList())
          .getResultList().forEach(row -> openDecisions.put((Long) row[0], (Long) row[1]));
    }
    List<AgendaItem> items = new ArrayList<>();
    for (ChildCase c : found) {
      List<Reason> reasons = new ArrayList<>();
      if (c.getRiskLevel() == RiskLevel.HIGH) {
        reasons.add(Reason.HIGH_RISK);
      }
      if (overdue.containsKey(c.getId())) {
        reasons.add(Reason.OVERDUE_TASKS);
      }
      if (stuck.containsKey(c.getId())) {
        reasons.add(Reason.STUCK_REFERRAL);
      }
      if (c.getStage() == CaseStage.TERMINATION) {
        reasons.add(Reason.TERMINATION_PROPOSED);
      }
      if (c.isConferenceAgenda()) {
        reasons.add(Reason.CONFERENCE_AGENDA);
      }
      items.add(new AgendaItem(c.getId(), c.getCaseNumber(), c.getRiskLevel(), c.getStage(), c.getCaseworkerId(),
          List.copyOf(reasons), overdue.getOrDefault(c.getId(), 0), stuck.getOrDefault(c.getId(), List.of()),
          openDecisions.getOrDefault(c.getId(), 0L)));
    }
    items.sort(Comparator.<AgendaItem>comparingInt(i -> -i.reasons().size())
        .thenComparing(i -> i.riskLevel() == null ? 9 : i.riskLevel().ordinal())
        .thenComparing(AgendaItem::caseNumber));
    List<AgendaItem> shown = items.size() > MAX_CASES ? items.subList(0, MAX_CASES) : items;
    caseAccess.listed(AGENDA_FILTERS, shown.size());
    return List.copyOf(shown);
  }

  /**
   * Records the meeting's decisions about one case: the note (required) in the case notes, and each decision with
   * an owner and a due date as a task. Validated as a whole: on any problem 400 and nothing stored.
   */
  @Transactional
  public Recorded record(MeetingDecisions in) {
    if (in == null || in.caseId() == null) {
      throw ApiException.validation(List.of(new FieldProblem("caseId", "REQUIRED", "Pilih kasus yang dibahas.")));
    }
    Caller caller = overseer(in.caseId(), null);
    ChildCase theCase = caseAccess.readable(in.caseId());
    List<FieldProblem> problems = new ArrayList<>();
    String note = CaseDecisions.trim(in.note());
    if (note == null || note.length() > MAX_NOTE - NOTE_PREFIX.length()) {
      problems.add(new FieldProblem("note", "LENGTH", "Tuliskan catatan hasil pembahasan (1–"
          + (MAX_NOTE - NOTE_PREFIX.length()) + " karakter)."));
    }
    if (theCase.getStatus() != CaseStatus.OPEN && in.decisions() != null && !in.decisions().isEmpty()) {
      problems.add(new FieldProblem("decisions", "CASE_CLOSED", "Kasus sudah ditutup: keputusan dengan tugas tidak "
          + "dapat dicatat."));
    }
    List<CaseDecision> valid = decisions.validate(theCase, null, Source.MEETING, in.decisions(), "decisions",
        caller.userId(), problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    CaseNote saved = notes.save(new CaseNote(theCase.getId(), NOTE_PREFIX + note, caller.userId(), clock.instant()));
    List<CaseDecision> stored = decisions.store(valid);
    decisions.startTasks(theCase, stored);
    return new Recorded(theCase.getId(), saved.getId(), stored.stream().map(CaseDecision::getId).toList());
  }

  /** The decisions of a case (conferences and meetings), for whoever reads the case. */
  @Transactional(readOnly = true)
  public List<CaseDecision> decisionsOf(long caseId) {
    ChildCase theCase = caseAccess.readable(caseId);
    return decisionRows.findByCaseIdOrderById(theCase.getId());
  }

  /** The caller when a supervisor or head; otherwise the refusal is logged and 403. */
  private Caller overseer(Long caseId, String filters) {
    Caller caller = callers.current();
    if (!caller.hasAnyRole(CaseAccess.OVERSEERS)) {
      Decision refused = new Decision(clock.instant(), caller.userId(), caseId, null, filters, null,
          Outcome.FORBIDDEN);
      listeners.forEach(l -> l.decided(refused));
      throw ApiException.forbidden("Only the unit's supervisors and head hold the weekly case meeting.");
    }
    return caller;
  }

  /** Referrals of the regencies not completed by their target date, per case. */
  private Map<Long, List<StuckReferral>> stuckReferrals(Collection<String> regencies, LocalDate today) {
    Map<Long, List<StuckReferral>> byCase = new TreeMap<>();
    for (String regency : regencies) {
      entities.createQuery("select r.id, r.caseId, r.agencyCode, r.status, r.targetDate from Referral r"
              + " where r.regencyCode like :regency and r.status in :unfinished and r.targetDate < :today",
              Object[].class)
          .setParameter("regency", regency + "%")
          .setParameter("unfinished", UNFINISHED)
          .setParameter("today", today)
          .getResultList()
          .forEach(row -> byCase.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(new StuckReferral(
              (Long) row[0], (String) row[2], (ReferralStatus) row[3], (LocalDate) row[4])));
    }
    return byCase;
  }

  /** Open tasks past their due date in the regencies' processes, counted per case (case and referral processes). */
  private Map<Long, Integer> overdueTasks(Collection<String> regencies) {
    return Privileged.asApplication(identity, () -> {
      List<Task> late = new ArrayList<>();
      for (String regency : regencies) {
        TaskQuery query = tasks.createTaskQuery().active().dueBefore(ClockUtil.getCurrentTime());
        query = regency.length() == 4 ? query.processVariableValueEquals(CaseVariables.REGENCY, regency)
            : query.processVariableValueLike(CaseVariables.REGENCY, regency + "%");
        late.addAll(query.listPage(0, MAX_OVERDUE_TASKS));
      }
      if (late.isEmpty()) {
        return Map.<Long, Integer>of();
      }
      Set<String> instances = new HashSet<>();
      late.forEach(t -> instances.add(t.getProcessInstanceId()));
      Map<String, Long> caseOfInstance = new HashMap<>();
      Map<String, Long> referralOfInstance = new HashMap<>();
      for (VariableInstance v : runtime.createVariableInstanceQuery()
          .processInstanceIdIn(instances.toArray(String[]::new))
          .variableNameIn(CaseVariables.CASE_ID, "referralId").disableBinaryFetching().list()) {
        if (v.getValue() instanceof Number n && v.getExecutionId().equals(v.getProcessInstanceId())) {
          (CaseVariables.CASE_ID.equals(v.getName()) ? caseOfInstance : referralOfInstance)
              .put(v.getProcessInstanceId(), n.longValue());
        }
      }
      if (!referralOfInstance.isEmpty()) {
        Map<Long, Long> caseOfReferral = new HashMap<>();
        entities.createQuery("select r.id, r.caseId from Referral r where r.id in :ids", Object[].class)
            .setParameter("ids", List.copyOf(new HashSet<>(referralOfInstance.values())))
            .getResultList().forEach(row -> caseOfReferral.put((Long) row[0], (Long) row[1]));
        referralOfInstance.forEach((instance, referral) -> {
          if (caseOfReferral.containsKey(referral)) {
            caseOfInstance.putIfAbsent(instance, caseOfReferral.get(referral));
          }
        });
      }
      Map<Long, Integer> counts = new HashMap<>();
      for (Task t : late) {
        Long caseId = caseOfInstance.get(t.getProcessInstanceId());
        if (caseId != null) {
          counts.merge(caseId, 1, Integer::sum);
        }
      }
      return counts;
    });
  }
}
