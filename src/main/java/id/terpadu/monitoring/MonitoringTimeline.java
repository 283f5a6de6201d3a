package id.terpadu.monitoring;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import id.terpadu.process.FormValues;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Monitoring contacts of a case: what kind, when, the child's situation and what changed (notes stay in the file). */
@Component
@Order(35)
class MonitoringTimeline implements CaseTimelineSource {

  private final MonitoringContactRepository contacts;

  MonitoringTimeline(MonitoringContactRepository contacts) {
    this.contacts = contacts;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (MonitoringContact c : contacts.findByCaseIdOrderByRecordedAt(theCase.getId())) {
      StringBuilder detail = new StringBuilder("Tanggal " + FormValues.INDONESIAN_DATE.format(c.getContactDate())
          + "; kondisi anak " + c.getChildSituation().label());
      if (c.getServicesAdded() > 0) {
        detail.append("; ").append(c.getServicesAdded()).append(" layanan ditambahkan");
      }
      if (c.getReferralsCancelled() > 0) {
        detail.append("; ").append(c.getReferralsCancelled()).append(" rujukan dibatalkan");
      }
      if (c.getNextStep() == MonitoringContact.NextStep.PROPOSE_TERMINATION) {
        detail.append("; terminasi diusulkan");
      }
      entries.add(new TimelineEntry(c.getRecordedAt(), c.getRecordedBy(), TimelineEntry.Type.MONITORING_RECORDED,
          "Monev: " + c.getContactType().label(), detail.toString()));
    }
    return entries;
  }
}
