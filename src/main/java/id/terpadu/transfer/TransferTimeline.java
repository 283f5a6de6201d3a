package id.terpadu.transfer;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every transfer of a case between units, with where from and where to (the reason is read on the transfer). */
@Component
@Order(50)
class TransferTimeline implements CaseTimelineSource {

  private final CaseTransferRepository transfers;
  private final RegionDirectory regions;

  TransferTimeline(CaseTransferRepository transfers, RegionDirectory regions) {
    this.transfers = transfers;
    this.regions = regions;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    return transfers.findByCaseIdOrderByTransferredAtAscIdAsc(theCase.getId()).stream()
        .map(t -> new TimelineEntry(t.getTransferredAt(), t.getTransferredBy(), TimelineEntry.Type.CASE_TRANSFERRED,
            "Kasus dipindahkan ke " + name(t.getToRegency()), "Dari " + name(t.getFromRegency())))
        .toList();
  }

  private String name(String code) {
    return regions.find(code).map(Region::getName).orElse(code);
  }
}
