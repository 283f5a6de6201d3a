package id.terpadu.referral;

import static id.terpadu.referral.ReferralVariables.SERVICE_TYPE;

import id.terpadu.assignment.CaseworkerReassigned;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import id.terpadu.transfer.CaseTransferred;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps referrals right when their case changes hands: after a transfer the referrals belong to the receiving
 * regency, open forms offer its agencies, and the contact caseworker an agency sees is cleared until the
 * receiving unit assigns one; after a reassignment the agency sees the new contact caseworker.
 */
@Component
class ReferralUnitChanges {

  private final ReferralRepository referrals;
  private final AgencyOptions agencies;
  private final ReferralSummary summary;
  private final RuntimeService runtime;
  private final IdentityService identity;

  ReferralUnitChanges(ReferralRepository referrals, AgencyOptions agencies, ReferralSummary summary,
      RuntimeService runtime, IdentityService identity) {
    this.referrals = referrals;
    this.agencies = agencies;
    this.summary = summary;
    this.runtime = runtime;
    this.identity = identity;
  }

  @EventListener
  void onTransfer(CaseTransferred transferred) {
    List<Referral> ofCase = referrals.findByCaseIdOrderById(transferred.caseId());
    ofCase.forEach(r -> r.moveToRegency(transferred.toRegency()));
    if (transferred.processInstanceId() == null) {
      return;
    }
    Privileged.asApplication(identity, () -> {
      refreshAgencyOptions(transferred.processInstanceId(), transferred.toRegency(), null);
      for (String instanceId : running(ofCase)) {
        refreshAgencyOptions(instanceId, transferred.toRegency(),
            (String) runtime.getVariable(instanceId, SERVICE_TYPE));
        runtime.setVariables(instanceId, summary.contact(null));
      }
      return null;
    });
  }

  @EventListener
  void onReassignment(CaseworkerReassigned reassigned) {
    List<Referral> ofCase = referrals.findByCaseIdOrderById(reassigned.caseId());
    Privileged.asApplication(identity, () -> {
      for (String instanceId : running(ofCase)) {
        runtime.setVariables(instanceId, summary.contact(reassigned.caseworkerId()));
      }
      return null;
    });
  }

  private void refreshAgencyOptions(String instanceId, String regency, String serviceType) {
    if (runtime.getVariable(instanceId, AgencyOptions.VARIABLE) != null) {
      runtime.setVariable(instanceId, AgencyOptions.VARIABLE,
          FormValues.optionsValue(agencies.options(regency, serviceType)));
    }
  }

  private List<String> running(List<Referral> ofCase) {
    List<String> ids = ofCase.stream().map(Referral::getProcessInstanceId).filter(Objects::nonNull).toList();
    return ids.isEmpty() ? List.of() : runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(ids))
        .list().stream().map(ProcessInstance::getId).toList();
  }
}
