package id.terpadu.notification;

import id.terpadu.agency.Agency;
import id.terpadu.agency.AgencyDirectory;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.referral.ReferralStatusChanged;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Referral e-mails: a referral sent (or rerouted) to an agency tells the agency's office address; a
 * declined referral and a reported service tell the case's caseworker. A plain (synchronous) event
 * listener: it runs in the transaction that changed the referral, so the outbox rows commit with it.
 */
@Component
public class ReferralNotifications {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralNotifications.class);

  private final Notifications notifications;
  private final ChildCaseRepository cases;
  private final AgencyDirectory agencies;

  public ReferralNotifications(Notifications notifications, ChildCaseRepository cases, AgencyDirectory agencies) {
    this.notifications = notifications;
    this.cases = cases;
    this.agencies = agencies;
  }

  @EventListener
  public void on(ReferralStatusChanged event) {
    switch (event.status()) {
      case SENT -> {
        String address = agencies.find(event.agencyCode()).filter(Agency::isActive).map(Agency::getEmail)
            .orElse(null);
        if (address == null) {
          LOG.info("Referral {}: agency {} has no directory address; no e-mail", event.referralId(),
              event.agencyCode());
          return;
        }
        caseOf(event).ifPresent(c -> notifications.referralSent(notice(event, c), address));
      }
      case DECLINED -> caseOf(event).ifPresent(c ->
          notifications.referralDeclined(notice(event, c), c.getCaseworkerId()));
      case SERVICE_REPORTED -> caseOf(event).ifPresent(c ->
          notifications.referralServiceReported(notice(event, c), c.getCaseworkerId()));
      default -> { }
    }
  }

  private Optional<ChildCase> caseOf(ReferralStatusChanged event) {
    return cases.findById(event.caseId());
  }

  private static ReferralNotice notice(ReferralStatusChanged event, ChildCase theCase) {
    return new ReferralNotice(event.referralId(), theCase.getCaseNumber(), event.targetDate());
  }
}
