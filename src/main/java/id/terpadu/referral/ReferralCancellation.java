package id.terpadu.referral;

import id.terpadu.process.TaskActor;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records a referral the caseworker cancelled while it ran ({@code Message_CancelReferral}). */
@Component("referralCancellation")
public class ReferralCancellation {

  public static final String REASON = "cancelReason";
  public static final String BY = "cancelledBy";

  private final ReferralRepository referrals;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ReferralCancellation(ReferralRepository referrals, Clock clock, ApplicationEventPublisher events) {
    this.referrals = referrals;
    this.clock = clock;
    this.events = events;
  }

  public void recordRequested(DelegateExecution execution) {
    Long id = ((Number) execution.getVariable(ReferralVariables.REFERRAL_ID)).longValue();
    Object by = execution.getVariable(BY);
    referrals.findById(id).ifPresent(r -> {
      r.cancel(by == null ? TaskActor.SYSTEM : by.toString(), clock.instant(), (String) execution.getVariable(REASON));
      events.publishEvent(ReferralStatusChanged.of(r));
    });
  }
}
