package id.terpadu.referral;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.plan.PlannedService;
import id.terpadu.process.Privileged;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Changes to a case's referrals made from its process (the monitoring form, the closure): services added
 * (sent by the process's "referrals from monitoring" multi-instance), running referrals cancelled, and the
 * referrals still open when a case is closed. Runs inside an engine command, acting for the application:
 * the form's task has already decided that the caller works on the case.
 */
@Component
public class ReferralChanges {

  private final ReferralRepository referrals;
  private final ServiceTypes serviceTypes;
  private final AgencyOptions agencies;
  private final RuntimeService runtime;
  private final Clock clock;

  public ReferralChanges(ReferralRepository referrals, ServiceTypes serviceTypes, AgencyOptions agencies,
      RuntimeService runtime, Clock clock) {
    this.referrals = referrals;
    this.serviceTypes = serviceTypes;
    this.agencies = agencies;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The referrals of the case the unit still follows. */
  public List<Referral> openReferrals(long caseId) {
    return referrals.findByCaseIdOrderById(caseId).stream().filter(Referral::isOpen).toList();
  }

  /** The referrals as options of a form's checklist: "service — agency (status)". */
  public List<Map<String, String>> options(List<Referral> referrals) {
    return referrals.stream().map(r -> Map.of("label", describe(r), "value", r.getId().toString())).toList();
  }

  /** "Akta kelahiran — Dukcapil (diterima mitra)". */
  public String describe(Referral r) {
    String service = serviceTypes.find(r.getServiceType()).map(ServiceTypes.ServiceType::label)
        .orElse(r.getServiceType());
    return service + " — " + agencies.nameOf(r.getAgencyCode()) + " (" + r.getStatus().stateLabel() + ")";
  }

  /** New referrals for services added while monitoring; the process sends them right after the form. */
  public void addServices(long caseId, String regency, List<PlannedService> services, String by) {
    for (PlannedService s : services) {
      referrals.save(new Referral(caseId, null, s.getServiceType(), s.getAgencyCode(), regency, s.getTargetDate(),
          by, clock.instant()));
    }
  }

  /** Cancels a running referral of the case: its process records the cancellation and ends. */
  public void cancel(long caseId, long referralId, String reason, String by) {
    Referral referral = referrals.findById(referralId).filter(r -> r.getCaseId() == caseId)
        .orElseThrow(() -> new BadUserRequestException("Rujukan yang dipilih bukan rujukan kasus ini."));
    if (!referral.isOpen()) {
      throw new BadUserRequestException("Rujukan " + describe(referral) + " sudah selesai atau dibatalkan.");
    }
    try {
      Privileged.run(() -> runtime.createMessageCorrelation(ReferralVariables.MESSAGE_CANCEL)
          .processInstanceVariableEquals(ReferralVariables.REFERRAL_ID, referral.getId())
          .setVariable(ReferralCancellation.REASON, reason)
          .setVariable(ReferralCancellation.BY, by)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new BadUserRequestException("Rujukan " + describe(referral) + " belum berjalan; coba lagi sebentar.");
    }
  }

  /** The referrals still open when the case closes: cancelled in the case file (their processes ended with it). */
  public int cancelOpenOnClosure(long caseId, String by, String reason) {
    List<Referral> open = openReferrals(caseId);
    open.forEach(r -> r.cancel(by, clock.instant(), reason));
    return open.size();
  }
}
