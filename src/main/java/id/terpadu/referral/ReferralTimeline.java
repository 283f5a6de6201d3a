package id.terpadu.referral;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every status change of every referral of a case, with the agency it concerned. */
@Component
@Order(40)
class ReferralTimeline implements CaseTimelineSource {

  private final ReferralRepository referrals;
  private final ServiceTypes serviceTypes;
  private final AgencyOptions agencies;

  ReferralTimeline(ReferralRepository referrals, ServiceTypes serviceTypes, AgencyOptions agencies) {
    this.referrals = referrals;
    this.serviceTypes = serviceTypes;
    this.agencies = agencies;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Referral referral : referrals.findByCaseIdOrderById(theCase.getId())) {
      String service = serviceTypes.find(referral.getServiceType()).map(ServiceTypes.ServiceType::label)
          .orElse(referral.getServiceType());
      for (Referral.StatusChange change : referral.getHistory()) {
        entries.add(new TimelineEntry(change.getAt(), change.getBy(), TimelineEntry.Type.REFERRAL_STATUS_CHANGED,
            "Rujukan " + service + ": " + change.getStatus().stepLabel(), agencies.nameOf(change.getAgencyCode())));
      }
    }
    return entries;
  }
}
