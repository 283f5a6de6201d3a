package id.terpadu.notification;

import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.transfer.CaseTransferDecided;
import id.terpadu.transfer.CaseTransferStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Transfer e-mails. A proposal needs none of its own: it creates the receiving unit's decision task, and the
 * task e-mail ({@link TaskNotifications}, "Tugas baru") already tells the unit's supervisors and head. The
 * decision — accepted or declined — tells the staff member who proposed it. A withdrawal tells nobody: the
 * sending unit withdrew it, and the receiving unit's task simply ends. A plain (synchronous) event listener: it
 * runs in the transaction of the decision, so the outbox row commits with it.
 */
@Component
public class TransferNotifications {

  private final Notifications notifications;
  private final RegionDirectory regions;

  public TransferNotifications(Notifications notifications, RegionDirectory regions) {
    this.notifications = notifications;
    this.regions = regions;
  }

  @EventListener
  public void on(CaseTransferDecided event) {
    TransferNotice notice = new TransferNotice(event.transferId(), event.caseNumber(),
        name(event.fromRegency()), name(event.toRegency()), event.status() == CaseTransferStatus.ACCEPTED);
    switch (event.status()) {
      case ACCEPTED, DECLINED -> notifications.transferDecided(notice, event.proposedBy());
      case WITHDRAWN -> notifications.transferWithdrawn(notice, event.toRegency());
      default -> { }
    }
  }

  private String name(String code) {
    return regions.find(code).map(Region::getName).orElse(code);
  }
}
