package id.terpadu.conference;

import id.terpadu.agency.Agency;
import id.terpadu.agency.AgencyDirectory;
import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.conference.CaseDecision.Source;
import id.terpadu.conference.CaseDecisions.DecisionInput;
import id.terpadu.notification.MailTemplates;
import id.terpadu.notification.Notifications;
import id.terpadu.notification.NotificationType;
import id.terpadu.notification.OutboxMail;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.referral.AgencyOptions;
import id.terpadu.referral.Referral;
import id.terpadu.referral.ReferralRepository;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case conferences ({@code Process_CaseConference}): requested for a case by its caseworker or the unit's
 * supervisors and head, scheduled (date, place, agencies to invite: by default the agencies of the case's
 * referrals), the invited agencies e-mailed at their directory address (case number only), held and recorded
 * (attending agencies, other attendees, decisions). The next conference of a case still open is due after
 * {@code terpadu.conference.interval}. The listeners and expressions of the model are the public methods here.
 */
@Service("caseConferences")
public class CaseConferences {

  public static final String PROCESS_KEY = "Process_CaseConference";
  public static final String CONFERENCE_RUNNING = "CONFERENCE_RUNNING";
  public static final String CASE_CLOSED = "CASE_CLOSED";
  static final String CONFERENCE_ID = "conferenceId";
  static final String INVITED_OPTIONS = "invitedAgencyOptions";
  static final String INVITED = "invitedAgencies";
  static final String ATTENDED = "attendedAgencies";
  static final String DATE = "conferenceDate";
  static final String PLACE = "conferencePlace";
  static final String ATTENDEES = "conferenceAttendees";
  static final String DECISIONS = "confidentialDecisions";
  static final String SUMMARY = "conferenceSummary";
  /** Days after the conference within which its attendees and decisions are recorded. */
  static final int RECORD_WITHIN_DAYS = 2;

  private final CaseConferenceRepository conferences;
  private final CaseDecisions decisions;
  private final CaseAccess caseAccess;
  private final ChildCaseRepository cases;
  private final ReferralRepository referrals;
  private final AgencyDirectory agencies;
  private final AgencyOptions agencyOptions;
  private final Notifications notifications;
  private final MailTemplates templates;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;
  private final String interval;

  public CaseConferences(CaseConferenceRepository conferences, CaseDecisions decisions, CaseAccess caseAccess,
      ChildCaseRepository cases, ReferralRepository referrals, AgencyDirectory agencies, AgencyOptions agencyOptions, Notifications notifications,
      MailTemplates templates, RuntimeService runtime, IdentityService identity, Clock clock,
      @Value("${terpadu.conference.interval:P3M}") String interval) {
    this.conferences = conferences;
    this.decisions = decisions;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.referrals = referrals;
    this.agencies = agencies;
    this.agencyOptions = agencyOptions;
    this.notifications = notifications;
    this.templates = templates;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
    this.interval = validInterval(interval);
  }

  /** The configured interval as the engine's timers read it (ISO-8601 duration); a bad value stops the start. */
  static String validInterval(String interval) {
    try {
      javax.xml.datatype.DatatypeFactory.newInstance().newDuration(interval.trim());
      return interval.trim();
    } catch (IllegalArgumentException | NullPointerException | javax.xml.datatype.DatatypeConfigurationException e) {
      throw new IllegalStateException("terpadu.conference.interval must be an ISO-8601 duration such as P3M: "
          + interval, e);
    }
  }

  /**
   * Starts the conference cycle of a case (its caseworker, the unit's supervisors and head): 404 outside the
   * caller's scope, 403 for other roles, 409 when the case is closed or its conference cycle already runs.
   */
  @Transactional
  public CaseConference request(long caseId, String userId) {
    ChildCase theCase = caseAccess.readable(caseId);
    if (theCase.getStatus() != CaseStatus.OPEN) {
      throw ApiException.conflict(CASE_CLOSED, "The case is closed; reopen it first.");
    }
    long running = Privileged.asApplication(identity, () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).variableValueEquals(CaseVariables.CASE_ID, theCase.getId()).count());
    if (running > 0) {
      throw ApiException.conflict(CONFERENCE_RUNNING,
          "Case conferences already run for this case; schedule the next one in Tasklist.");
    }
    CaseConference conference = conferences.saveAndFlush(
        new CaseConference(theCase.getId(), theCase, userId, clock.instant()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_ID, theCase.getId());
    variables.put(CaseVariables.CASE_NUMBER, theCase.getCaseNumber());
    variables.put(CaseVariables.REGENCY, theCase.getRegencyCode());
    variables.put(CONFERENCE_ID, conference.getId());
    variables.put("organiser", userId);
    variables.put("conferenceInterval", interval);
    String instance = Privileged.asApplication(identity, () -> runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(theCase.getCaseNumber()).setVariables(variables).execute().getId());
    conference.attachProcess(instance);
    return conference;
  }

  /** The conferences of a case the caller reads ({@link CaseAccess}: logged, 404/403). */
  @Transactional(readOnly = true)
  public List<CaseConference> ofCase(long caseId) {
    ChildCase theCase = caseAccess.readable(caseId);
    return conferences.findByCaseIdOrderById(theCase.getId());
  }

  // ---- listeners and expressions of Process_CaseConference ----

  /** Create listener of the scheduling task: agencies to choose from; the case's referral agencies preselected. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void offerSchedule(DelegateTask task) {
    ChildCase theCase = caseOf(task);
    agencyOptions.offer(task, null);
    if (!task.hasVariable(INVITED)) {
      List<String> involved = referrals.findByCaseIdOrderById(theCase.getId()).stream()
          .map(Referral::getAgencyCode).distinct().toList();
      task.setVariable(INVITED, jsonList(involved));
    }
  }

  /** Complete listener of the scheduling task: date in the future, place, known agencies; stored. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void schedule(DelegateTask task) {
    CaseConference conference = conference(task);
    ZoneId zone = UnitTimeZones.of(conference.getRegencyCode());
    Instant at = FormValues.instant(task, DATE, zone);
    List<String> problems = new ArrayList<>();
    if (at == null) {
      problems.add("Tanggal dan jam konferensi wajib diisi.");
    } else if (!at.isAfter(ClockUtil.getCurrentTime().toInstant())) {
      problems.add("Tanggal dan jam konferensi harus di masa mendatang.");
    }
    String place = FormValues.text(task, PLACE);
    if (place == null) {
      problems.add("Tempat konferensi wajib diisi.");
    } else if (place.length() > CaseConference.MAX_PLACE) {
      problems.add("Tempat konferensi paling banyak " + CaseConference.MAX_PLACE + " karakter.");
    }
    Set<String> invited = new LinkedHashSet<>();
    for (String code : FormValues.list(task, INVITED)) {
      if (agencies.find(code).filter(Agency::isActive).isEmpty()) {
        problems.add("Mitra layanan '" + code + "' tidak dikenal atau tidak aktif.");
      } else {
        invited.add(code);
      }
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(String.join(" ", problems));
    }
    conference.schedule(at, place, List.copyOf(invited), actor(task));
    task.setVariable("conferenceRecordDue", Date.from(at.plus(Duration.ofDays(RECORD_WITHIN_DAYS))));
  }

  /**
   * Service task: one invitation to each invited agency's directory address, through the outbox (case number,
   * date, place and the unit; never the child).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void invite(DelegateExecution execution) {
    CaseConference conference = conference(execution);
    String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
    ZoneId zone = UnitTimeZones.of(conference.getRegencyCode());
    for (CaseConference.Invitation invitation : conference.getInvitations()) {
      Agency agency = agencies.find(invitation.getAgencyCode()).orElse(null);
      if (agency == null || agency.getEmail() == null || agency.getEmail().isBlank()) {
        continue;
      }
      MailTemplates.Mail mail = templates.conferenceInvitation(caseNumber, agency.getName(),
          conference.getScheduledAt().atZone(zone), conference.getPlace());
      notifications.enqueue(new OutboxMail(NotificationType.CONFERENCE_INVITATION, agency.getEmail(), null,
          mail.subject(), mail.body(), "conference:" + conference.getId()));
    }
  }

  /** Create listener of the recording task: the schedule to read, the invited agencies to tick, owners to choose. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void offerRecord(DelegateTask task) {
    CaseConference conference = conference(task);
    ZoneId zone = UnitTimeZones.of(conference.getRegencyCode());
    List<Map<String, String>> invited = conference.getInvitations().stream()
        .map(i -> Map.of("label", agencyOptions.nameOf(i.getAgencyCode()), "value", i.getAgencyCode()))
        .toList();
    FormValues.offerOptions(task, INVITED_OPTIONS, invited);
    agencyOptions.offer(task, null);
    task.setVariable(SUMMARY, FormValues.fitted("Konferensi " + FormValues.INDONESIAN_DATE_TIME.format(
        conference.getScheduledAt().atZone(zone)) + " " + UnitTimeZones.abbreviation(zone) + ", "
        + conference.getPlace() + ". Diundang: " + (invited.isEmpty() ? "tidak ada mitra"
        : invited.stream().map(o -> o.get("label")).collect(Collectors.joining(", "))) + "."));
  }

  /**
   * Complete listener of the recording task: attending agencies (of those invited), other attendees and the
   * decisions, validated as a whole (nothing stored otherwise), then stored; the free text leaves the process.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(DelegateTask task) {
    CaseConference conference = conference(task);
    ChildCase theCase = caseOf(task);
    List<String> messages = new ArrayList<>();
    Set<String> invited = conference.getInvitations().stream().map(CaseConference.Invitation::getAgencyCode)
        .collect(Collectors.toSet());
    List<String> attended = FormValues.list(task, ATTENDED);
    attended.stream().filter(code -> !invited.contains(code)).forEach(code ->
        messages.add("Mitra '" + code + "' tidak diundang ke konferensi ini."));
    String others = FormValues.text(task, ATTENDEES);
    if (others != null && others.length() > CaseConference.MAX_ATTENDEES) {
      messages.add("Peserta lain paling banyak " + CaseConference.MAX_ATTENDEES + " karakter.");
    }
    List<DecisionInput> inputs = FormValues.objects(task, DECISIONS).stream()
        .filter(row -> row.values().stream().anyMatch(v -> v != null && !v.isBlank()))
        .map(row -> new DecisionInput(row.get("text"), row.get("ownerType"),
            "AGENCY".equals(row.get("ownerType")) ? row.get("agencyCode") : row.get("owner"), row.get("dueDate")))
        .toList();
    List<FieldProblem> problems = new ArrayList<>();
    String by = actor(task);
    List<CaseDecision> valid = decisions.validate(theCase, conference.getId(), Source.CONFERENCE, inputs,
        "decisions", by, problems);
    problems.forEach(p -> messages.add(p.message()));
    if (!messages.isEmpty()) {
      throw new BadUserRequestException(String.join(" ", messages));
    }
    conference.record(attended, others, by, clock.instant());
    decisions.store(valid);
    FormValues.forget(task, Set.of(DECISIONS));
  }

  /** The multi-instance collection of the decisions' call activity: the ids of this conference's decisions. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Long> decisionIds(DelegateExecution execution) {
    return decisions.ofConference(conference(execution).getId()).stream().map(CaseDecision::getId).toList();
  }

  /** Whether the case is still open when the next conference is due. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean caseOpen(DelegateExecution execution) {
    return cases.findById(((Number) execution.getVariable(CaseVariables.CASE_ID)).longValue())
        .map(c -> c.getStatus() == CaseStatus.OPEN).orElse(false);
  }

  /** Service task: the next conference of the case, to be scheduled; the previous one's inputs are cleared. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void next(DelegateExecution execution) {
    ChildCase theCase = caseOf(execution);
    CaseConference next = conferences.saveAndFlush(new CaseConference(theCase.getId(), theCase,
        (String) execution.getVariable("organiser"), clock.instant()));
    next.attachProcess(execution.getProcessInstanceId());
    execution.setVariable(CONFERENCE_ID, next.getId());
    execution.removeVariables(List.of(DATE, PLACE, INVITED, ATTENDED, ATTENDEES, SUMMARY));
  }


  private static Object jsonList(List<String> values) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(values.stream()
        .map(v -> "\"" + v.replace("\"", "") + "\"").collect(Collectors.joining(",", "[", "]"))).create();
  }

  private CaseConference conference(VariableScope scope) {
    Object id = scope.getVariable(CONFERENCE_ID);
    return conferences.findById(((Number) id).longValue())
        .orElseThrow(() -> new IllegalStateException("No case conference " + id));
  }

  private ChildCase caseOf(VariableScope scope) {
    Object id = scope.getVariable(CaseVariables.CASE_ID);
    return cases.findById(((Number) id).longValue())
        .orElseThrow(() -> new IllegalStateException("No case " + id));
  }

  private String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return identity.getCurrentAuthentication() == null ? "system" : identity.getCurrentAuthentication().getUserId();
  }
}
