package id.terpadu.transfer;

import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.CaseCategories.Category;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.RiskLevel;
import id.terpadu.organisation.StaffNames;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.UnitTimeZones;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Prepares the receiving unit's decision form: what it may know before accepting — case number, category and
 * risk, where the case comes from, who proposed it and why — and nothing of the child's identity (name, NIK,
 * birth date, address, complaint text): the receiving unit reads the case file only once it has accepted.
 * Task variables, so they go with the task; the reason is free text and kept out of history.
 */
@Component("transferForms")
public class TransferForms implements TaskListener {

  public static final String CATEGORY = "transferCategory";
  public static final String RISK = "transferRisk";
  public static final String FROM_NAME = "fromRegencyName";
  public static final String TO_NAME = "toRegencyName";
  public static final String PROPOSED_BY = "transferProposedBy";
  public static final String PROPOSED_AT = "transferProposedAt";
  public static final String REASON = "confidentialTransferReason";

  private final CaseTransferRepository transfers;
  private final ChildCaseRepository cases;
  private final CaseCategories categories;
  private final RegionDirectory regions;
  private final IdentityService identity;

  public TransferForms(CaseTransferRepository transfers, ChildCaseRepository cases, CaseCategories categories,
      RegionDirectory regions, IdentityService identity) {
    this.transfers = transfers;
    this.cases = cases;
    this.categories = categories;
    this.regions = regions;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    long transferId = ((Number) task.getVariable(TransferProcess.TRANSFER_ID)).longValue();
    CaseTransfer transfer = transfers.findById(transferId)
        .orElseThrow(() -> new IllegalStateException("Transfer " + transferId + " not found"));
    ChildCase theCase = cases.findById(transfer.getCaseId()).orElseThrow();
    task.setVariablesLocal(facts(transfer, theCase));
  }

  Map<String, Object> facts(CaseTransfer transfer, ChildCase theCase) {
    Map<String, Object> v = new HashMap<>();
    v.put(CATEGORY, theCase.getPrimaryCategory() == null ? "(belum ditentukan)"
        : categories.find(theCase.getPrimaryCategory()).map(Category::label).orElse(theCase.getPrimaryCategory()));
    v.put(RISK, riskLabel(theCase.getRiskLevel()));
    v.put(FROM_NAME, regionName(transfer.getFromRegency()));
    v.put(TO_NAME, regionName(transfer.getToRegency()));
    v.put(PROPOSED_BY, staffName(transfer.getProposedBy()));
    v.put(PROPOSED_AT, FormValues.INDONESIAN_DATE.format(
        transfer.getProposedAt().atZone(UnitTimeZones.of(transfer.getFromRegency()))));
    v.put(REASON, transfer.getReason());
    return v;
  }

  static String riskLabel(RiskLevel risk) {
    if (risk == null) {
      return "(belum ditentukan)";
    }
    return switch (risk) {
      case HIGH -> "Tinggi";
      case MEDIUM -> "Sedang";
      case LOW -> "Rendah";
    };
  }

  private String regionName(String code) {
    return regions.find(code).map(Region::getName).orElse(code);
  }

  /** "Nama Lengkap (userId)", or the id alone. */
  private String staffName(String userId) {
    User user = Privileged.run(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = StaffNames.fullName(user);
    return name.isEmpty() ? userId : name + " (" + userId + ")";
  }
}
