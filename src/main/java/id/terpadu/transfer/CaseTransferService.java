package id.terpadu.transfer;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.organisation.Roles;
import id.terpadu.process.Privileged;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.scope.UnitHandover;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a case over to the unit of another regency when the family moves (scenario 4): the sending unit's
 * supervisor or head decides, the case keeps its number and history, its open process tasks move to the
 * receiving unit's groups, and the receiving supervisor assigns a caseworker. One transaction: the case file,
 * the transfer record and the engine change together or not at all.
 */
@Service
public class CaseTransferService {

  public static final String CASE_CLOSED = "CASE_CLOSED";
  static final int MAX_REASON = 1000;

  private final CaseAccess access;
  private final CaseTransferRepository transfers;
  private final RegionDirectory regions;
  private final UnitHandover handover;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public CaseTransferService(CaseAccess access, CaseTransferRepository transfers, RegionDirectory regions,
      UnitHandover handover, RuntimeService runtime, IdentityService identity, ApplicationEventPublisher events,
      Clock clock) {
    this.access = access;
    this.transfers = transfers;
    this.regions = regions;
    this.handover = handover;
    this.runtime = runtime;
    this.identity = identity;
    this.events = events;
    this.clock = clock;
  }

  /** A transfer as requested: the receiving regency, why, and the new address when known. */
  public record TransferRequest(String toRegency, String reason, String districtCode, String villageCode) {}

  /**
   * Transfers the case. The caller's role (supervisor or head) is checked by the controller; the case must lie
   * in the caller's scope (404 otherwise).
   *
   * @throws ApiException 400 for an invalid request (nothing changes), 409 {@value #CASE_CLOSED}
   */
  @Transactional
  public CaseTransfer transfer(long caseId, TransferRequest request, String userId) {
    ChildCase theCase = access.readable(caseId);
    String from = theCase.getRegencyCode();
    String[] to = validate(request, from);
    if (theCase.getStatus() != CaseStatus.OPEN) {
      throw ApiException.conflict(CASE_CLOSED, "Only open cases are transferred; this case is closed.");
    }
    String previousCaseworker = theCase.getCaseworkerId();
    CaseTransfer record = transfers.save(new CaseTransfer(theCase.getId(), theCase.getCaseNumber(),
        new String[] {from, theCase.getDistrictCode(), theCase.getVillageCode()}, to, previousCaseworker,
        request.reason().trim(), userId, clock.instant()));
    theCase.transferTo(to[0], to[1], to[2]);

    String instanceId = theCase.getProcessInstanceId();
    boolean running = instanceId != null && Privileged.asApplication(identity,
        () -> runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0);
    if (running) {
      handover.move(instanceId, from, to[0]);
      Privileged.asApplication(identity, () -> {
        // Tasks created later for "the case's caseworker" wait for the receiving unit's choice.
        if (runtime.getVariable(instanceId, CaseVariables.CASEWORKER) != null) {
          runtime.setVariable(instanceId, CaseVariables.CASEWORKER, null);
        }
        return null;
      });
    }
    events.publishEvent(new CaseTransferred(theCase.getId(), running ? instanceId : null, from, to[0],
        previousCaseworker));
    return record;
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
