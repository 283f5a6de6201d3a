package id.terpadu.transfer;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.access.AccessListener;
import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.organisation.Grants;
import id.terpadu.organisation.Roles;
import id.terpadu.process.Privileged;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.scope.UnitHandover;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import id.terpadu.person.PersonMoved;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands a case over to the unit of another regency when the family moves (scenario 4), in two steps: the
 * sending unit's supervisor or head <em>proposes</em>, and the receiving unit's supervisor or head
 * <em>accepts</em> or <em>declines</em> — in Tasklist (task {@value TransferProcess#DECIDE_TASK} of
 * {@code Process_CaseTransfer}) or through the API, which completes that same task; both run
 * {@link #decide}. Until then the case stays with the sending unit and stays workable; the sending unit may
 * withdraw the proposal. Acceptance moves the case in one transaction with the status change: the case
 * keeps its number and history, its open process tasks move to the receiving unit's groups, and the
 * receiving supervisor assigns a caseworker.
 */
@Service
public class CaseTransferService {

  public static final String CASE_CLOSED = "CASE_CLOSED";
  public static final String TRANSFER_PENDING = "TRANSFER_PENDING";
  public static final String TRANSFER_NOT_FOUND = "TRANSFER_NOT_FOUND";
  public static final String TRANSFER_NOT_PENDING = "TRANSFER_NOT_PENDING";
  static final int MAX_REASON = 1000;
  static final int MAX_NOTE = 1000;

  /** What the receiving unit decides. */
  public enum Decision { ACCEPT, DECLINE }

  private final CaseAccess access;
  private final CaseTransferRepository transfers;
  private final ChildCaseRepository cases;
  private final RegionDirectory regions;
  private final UnitHandover handover;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Grants grants;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Callers callers;
  private final List<AccessListener> accessListeners;

  public CaseTransferService(CaseAccess access, CaseTransferRepository transfers, ChildCaseRepository cases,
      RegionDirectory regions, UnitHandover handover, RuntimeService runtime,
      TaskService tasks, IdentityService identity, Grants grants, ApplicationEventPublisher events, Clock clock,
      Callers callers, List<AccessListener> accessListeners) {
    this.access = access;
    this.transfers = transfers;
    this.cases = cases;
    this.regions = regions;
    this.handover = handover;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.grants = grants;
    this.events = events;
    this.clock = clock;
    this.callers = callers;
    this.accessListeners = List.copyOf(accessListeners);
  }

  /** A transfer as requested: the receiving regency, why, and the new address when known. */
  public record TransferRequest(String toRegency, String reason, String districtCode, String villageCode) {}

  /**
   * Proposes the transfer: stores it as {@link CaseTransferStatus#PROPOSED} and starts the receiving unit's
   * decision task. Nothing else changes. The caller's role (supervisor or head) is checked by the controller;
   * the case must lie in the caller's scope (404 otherwise).
   *
   * @throws ApiException 400 for an invalid request (nothing changes), 409 {@value #CASE_CLOSED} or
   *     {@value #TRANSFER_PENDING} (the case has an open proposal already)
   */
  @Transactional
  public CaseTransfer propose(long caseId, TransferRequest request, String userId) {
    ChildCase theCase = access.readable(caseId);
    String from = theCase.getRegencyCode();
    String[] to = validate(request, from);
    if (theCase.getStatus() != CaseStatus.OPEN) {
      throw ApiException.conflict(CASE_CLOSED, "Only open cases are transferred; this case is closed.");
    }
    if (transfers.findByPendingCaseId(caseId).isPresent()) {
      throw pending();
    }
    CaseTransfer proposal;
    try {
      proposal = transfers.saveAndFlush(new CaseTransfer(theCase.getId(), theCase.getCaseNumber(),
          new String[] {from, theCase.getDistrictCode(), theCase.getVillageCode()}, to, request.reason().trim(),
          userId, clock.instant()));
    } catch (DataIntegrityViolationException e) {
      throw pending(); // another node stored a proposal for the case a moment ago
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(TransferProcess.TRANSFER_ID, proposal.getId());
    variables.put(CaseVariables.CASE_ID, theCase.getId());
    variables.put(CaseVariables.CASE_NUMBER, theCase.getCaseNumber());
    variables.put(TransferProcess.FROM_REGENCY, from);
    variables.put(TransferProcess.TO_REGENCY, to[0]);
    // The unit that works on the instance: its groups get the task, its deadlines and escalations apply.
    variables.put(CaseVariables.REGENCY, to[0]);
    variables.put(CaseVariables.RISK_LEVEL, theCase.getRiskLevel() == null ? null : theCase.getRiskLevel().name());
    ProcessInstance instance = Privileged.asApplication(identity, () -> {
      ProcessInstance started = runtime.createProcessInstanceByKey(TransferProcess.PROCESS_KEY)
          .businessKey(theCase.getCaseNumber()).setVariables(variables).execute();
      // The sending unit's overseers follow their proposal in Cockpit (the receiving unit's get their grants
      // with the task, as for every task of their unit).
      for (String role : CaseAccess.OVERSEERS) {
        grants.grantGroup(Roles.unitGroup(role, from), Resources.PROCESS_INSTANCE, started.getId(), READ);
      }
      return started;
    });
    proposal.attachProcess(instance.getId());
    return proposal;
  }

  /**
   * The receiving unit accepts (API): runs {@link #decide} and completes the decision task as the caller.
   *
   * @throws ApiException 404 {@value #TRANSFER_NOT_FOUND} when absent or the receiving regency lies outside
   *     the caller's scope, 409 {@value #TRANSFER_NOT_PENDING} or {@value #CASE_CLOSED}
   */
  @Transactional
  public CaseTransfer accept(long transferId) {
    return decideThroughTask(transferId, Decision.ACCEPT, null);
  }

  /** The receiving unit declines (API), with a note; as {@link #accept}, 400 without a note. */
  @Transactional
  public CaseTransfer decline(long transferId, String note) {
    return decideThroughTask(transferId, Decision.DECLINE, note);
  }

  /**
   * The sending unit withdraws its open proposal: the decision task ends, the case stays as it is.
   *
   * @throws ApiException 404 {@value #TRANSFER_NOT_FOUND} when absent or the sending regency lies outside the
   *     caller's scope, 409 {@value #TRANSFER_NOT_PENDING}, 400 for a note that is too long
   */
  @Transactional
  public CaseTransfer withdraw(long transferId, String note) {
    CaseTransfer transfer = visibleFrom(transferId, true);
    if (!transfer.isPending()) {
      throw notPending(transfer);
    }
    String why = trim(note);
    if (why != null && why.length() > MAX_NOTE) {
      throw ApiException.validation(List.of(new FieldProblem("note", "LENGTH",
          "Catatan paling banyak " + MAX_NOTE + " karakter.")));
    }
    transfer.withdraw(Caller.currentStaff().userId(), clock.instant(), why);
    String instanceId = transfer.getProcessInstanceId();
    Privileged.asApplication(identity, () -> {
      if (instanceId != null && runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
        runtime.createMessageCorrelation(TransferProcess.MESSAGE_WITHDRAW).processInstanceId(instanceId)
            .correlateWithResult();
      }
      return null;
    });
    transfers.flush();
    events.publishEvent(decided(transfer));
    return transfer;
  }

  /**
   * The receiving unit's decision, from Tasklist (the decision task's completion) or from the API (which then
   * completes that task): the one place that accepts or declines. Runs outside an engine command. Accepting moves the case exactly as a
   * transfer always did: the case file's location, the running process and the instances it called
   * ({@link UnitHandover#move}), the caseworker cleared, {@link CaseTransferred} for the features that depend
   * on the unit. Declining changes nothing on the case. Whether the actor may decide was settled before (the
   * engine's task authorization, or the API's scope check).
   *
   * @throws ApiException 409 {@value #TRANSFER_NOT_PENDING}, 409 {@value #CASE_CLOSED} (a closed case can
   *     only be declined or withdrawn), 400 for a decline without a note
   */
  @Transactional
  public CaseTransfer decide(long transferId, Decision decision, String note, String actor) {
    CaseTransfer transfer = transfers.findById(transferId)
        .orElseThrow(() -> ApiException.notFound(TRANSFER_NOT_FOUND, "No such transfer."));
    ChildCase theCase = checkDecidable(transfer, decision, note);
    if (decision == Decision.DECLINE) {
      transfer.decline(actor, clock.instant(), trim(note));
      events.publishEvent(decided(transfer));
      return transfer;
    }
    String from = transfer.getFromRegency();
    String to = transfer.getToRegency();
    String previousCaseworker = theCase.getCaseworkerId();
    transfer.accept(actor, clock.instant(), previousCaseworker);
    theCase.transferTo(to, transfer.getToDistrict(), transfer.getToVillage());
    if (theCase.getChild() != null) {
      events.publishEvent(new PersonMoved(theCase.getChild().getId()));
    }

    String instanceId = theCase.getProcessInstanceId();
    boolean running = instanceId != null && Privileged.asApplication(identity,
        () -> runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0);
    if (running) {
      handover.move(instanceId, from, to);
      Privileged.asApplication(identity, () -> {
        // Tasks created later for "the case's caseworker" wait for the receiving unit's choice.
        if (runtime.getVariable(instanceId, CaseVariables.CASEWORKER) != null) {
          runtime.setVariable(instanceId, CaseVariables.CASEWORKER, null);
        }
        return null;
      });
    }
    events.publishEvent(new CaseTransferred(theCase.getId(), running ? instanceId : null, from, to,
        previousCaseworker));
    events.publishEvent(decided(transfer));
    return transfer;
  }

  /**
   * The decision task's completion in Tasklist ({@link RecordTransferDecision}): refuses at once what
   * {@link #decide} would refuse (the task stays open), then runs {@link #decide} in the same transaction just
   * before it commits, when the engine's command has ended. Moving a case regrants engine authorizations of many
   * tasks and instances, which inside the running command would not see each other (the engine writes them
   * when the command ends). When the API decided in this transaction already (it decides, then completes the
   * task), there is nothing left to do.
   */
  void decideWhenTaskCompletes(long transferId, Decision decision, String note, String actor) {
    CaseTransfer transfer = transfers.findById(transferId)
        .orElseThrow(() -> ApiException.notFound(TRANSFER_NOT_FOUND, "No such transfer."));
    if (!transfer.isPending() && transfer.getStatus() == (decision == Decision.ACCEPT
        ? CaseTransferStatus.ACCEPTED : CaseTransferStatus.DECLINED) && actor.equals(transfer.getDecidedBy())) {
      return;
    }
    checkDecidable(transfer, decision, note);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        decide(transferId, decision, note, actor);
      }
    });
  }

  /**
   * The API's decision: checks scope, decides, then completes the decision task as the caller (the engine
   * checks that they may work on it: a candidate of the receiving unit), which ends the process.
   */
  private CaseTransfer decideThroughTask(long transferId, Decision decision, String note) {
    visibleFrom(transferId, false);
    String userId = Caller.currentStaff().userId();
    CaseTransfer transfer = decide(transferId, decision, note, userId);
    String instanceId = transfer.getProcessInstanceId();
    Task task = instanceId == null ? null : Privileged.asApplication(identity, () -> tasks.createTaskQuery()
        .processInstanceId(instanceId).taskDefinitionKey(TransferProcess.DECIDE_TASK).singleResult());
    if (task != null) { // none when an administrator removed the instance: the decision stands all the same
      Map<String, Object> variables = new HashMap<>();
      variables.put(TransferProcess.DECISION, decision.name());
      variables.put(TransferProcess.DECISION_NOTE, trim(note));
      try {
        tasks.complete(task.getId(), variables);
      } catch (ProcessEngineException e) {
        throw refusal(e);
      }
    }
    return transfer;
  }

  /** The case, when the transfer may be decided that way now. */
  private ChildCase checkDecidable(CaseTransfer transfer, Decision decision, String note) {
    if (!transfer.isPending()) {
      throw notPending(transfer);
    }
    if (decision == Decision.DECLINE) {
      String why = trim(note);
      if (why == null) {
        throw ApiException.validation(List.of(new FieldProblem("note", "REQUIRED",
            "Tuliskan alasan menolak pemindahan kasus.")));
      }
      if (why.length() > MAX_NOTE) {
        throw ApiException.validation(List.of(new FieldProblem("note", "LENGTH",
            "Alasan paling banyak " + MAX_NOTE + " karakter.")));
      }
    }
    ChildCase theCase = cases.findById(transfer.getCaseId()).orElseThrow();
    if (decision == Decision.ACCEPT && theCase.getStatus() != CaseStatus.OPEN) {
      throw ApiException.conflict(CASE_CLOSED,
          "The case was closed after the proposal; the proposal can only be declined or withdrawn.");
    }
    return theCase;
  }

  /** The transfer, when its receiving (or, for {@code sending}, its sending) regency lies in the caller's scope. */
  /**
   * The transfer, when its receiving (or, for {@code sending}, its sending) regency lies in the caller's scope;
   * the decision goes to the access log either way (both units keep a record of who acted on the case).
   */
  private CaseTransfer visibleFrom(long transferId, boolean sending) {
    Caller caller = callers.current();
    CaseTransfer transfer = transfers.findById(transferId).orElse(null);
    boolean visible = transfer != null
        && caller.scope().contains(sending ? transfer.getFromRegency() : transfer.getToRegency());
    AccessListener.Decision decision = new AccessListener.Decision(clock.instant(), caller.userId(),
        transfer == null ? null : transfer.getCaseId(), null, "transfer=" + transferId, null,
        visible ? AccessListener.Outcome.ALLOWED : AccessListener.Outcome.NOT_FOUND);
    accessListeners.forEach(listener -> listener.decided(decision));
    if (!visible) {
      throw ApiException.notFound(TRANSFER_NOT_FOUND, "No such transfer.");
    }
    return transfer;
  }

  /** The refusal a task listener raised (in {@link #decide}) as the API answers it; anything else as it was. */
  private static RuntimeException refusal(ProcessEngineException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ApiException api) {
        return api;
      }
    }
    return e;
  }

  private static CaseTransferDecided decided(CaseTransfer t) {
    return new CaseTransferDecided(t.getId(), t.getCaseId(), t.getCaseNumber(), t.getStatus(), t.getFromRegency(),
        t.getToRegency(), t.getProposedBy(), t.getDecidedBy());
  }

  private static ApiException pending() {
    return ApiException.conflict(TRANSFER_PENDING,
        "The case has an open transfer proposal; it must be decided or withdrawn first.");
  }

  private static ApiException notPending(CaseTransfer transfer) {
    return ApiException.conflict(TRANSFER_NOT_PENDING, "The transfer is no longer open: " + transfer.getStatus() + ".");
  }

  /** Checks the request; returns the receiving regency, district and village (the last two may be null). */
  private String[] validate(TransferRequest request, String from) {
    List<FieldProblem> problems = new ArrayList<>();
    String to = trim(request.toRegency());
    if (to == null) {
      problems.add(new FieldProblem("toRegency", "REQUIRED", "Pilih kabupaten/kota tujuan."));
    } else if (!regions.exists(to, RegionLevel.REGENCY)) {
      problems.add(new FieldProblem("toRegency", "UNKNOWN_CODE",
          "Kabupaten/kota tujuan tidak ada dalam daftar wilayah (kode 4 angka)."));
    } else if (to.equals(from)) {
      problems.add(new FieldProblem("toRegency", "SAME_REGENCY", "Kasus sudah berada di kabupaten/kota ini."));
    } else if (!hasUnit(to)) {
      problems.add(new FieldProblem("toRegency", "NO_UNIT",
          "Kabupaten/kota tujuan belum memiliki unit layanan di Terpadu."));
    }
    String district = trim(request.districtCode());
    String village = trim(request.villageCode());
    if (district != null && (!regions.exists(district, RegionLevel.DISTRICT) || to == null
        || !district.startsWith(to))) {
      problems.add(new FieldProblem("districtCode", "UNKNOWN_CODE",
          "Kecamatan harus berada di kabupaten/kota tujuan."));
    }
    if (village != null && (!regions.exists(village, RegionLevel.VILLAGE) || to == null || !village.startsWith(to)
        || (district != null && !village.startsWith(district)))) {
      problems.add(new FieldProblem("villageCode", "UNKNOWN_CODE",
          "Desa/kelurahan harus berada di kabupaten/kota (dan kecamatan) tujuan."));
    }
    String reason = trim(request.reason());
    if (reason == null) {
      problems.add(new FieldProblem("reason", "REQUIRED", "Tuliskan alasan pemindahan kasus."));
    } else if (reason.length() > MAX_REASON) {
      problems.add(new FieldProblem("reason", "LENGTH", "Alasan paling banyak " + MAX_REASON + " karakter."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    if (village != null && district == null) {
      district = village.substring(0, RegionLevel.DISTRICT.codeLength());
    }
    return new String[] {to, district, village};
  }

  /** Whether the regency has an integrated unit in Terpadu: its supervisor group exists. */
  private boolean hasUnit(String regency) {
    String group = Roles.unitGroup(Roles.SUPERVISOR, regency);
    return Privileged.asApplication(identity, () -> identity.createGroupQuery().groupId(group).count() > 0);
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
