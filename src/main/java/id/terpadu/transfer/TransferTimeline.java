package id.terpadu.transfer;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import id.terpadu.casefile.TimelineEntry.Type;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every transfer proposal of a case and its outcome: proposed, then accepted (the case moved), declined or
 * withdrawn, with where from and where to. Reasons and notes are read on the transfer, not here.
 */
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
    List<TimelineEntry> entries = new ArrayList<>();
    for (CaseTransfer t : transfers.findByCaseIdOrderByProposedAtAscIdAsc(theCase.getId())) {
      String to = name(t.getToRegency());
      String from = "Dari " + name(t.getFromRegency());
      boolean decidedAtOnce = t.getStatus() == CaseTransferStatus.ACCEPTED && t.getProcessInstanceId() == null;
      if (!decidedAtOnce) { // transfers from before proposals existed were one step
        entries.add(new TimelineEntry(t.getProposedAt(), t.getProposedBy(), Type.TRANSFER_PROPOSED,
            "Pemindahan kasus ke " + to + " diusulkan", from));
      }
      switch (t.getStatus()) {
        case ACCEPTED -> entries.add(new TimelineEntry(t.getDecidedAt(), t.getDecidedBy(), Type.CASE_TRANSFERRED,
            "Kasus dipindahkan ke " + to, from));
        case DECLINED -> entries.add(new TimelineEntry(t.getDecidedAt(), t.getDecidedBy(), Type.TRANSFER_DECLINED,
            "Pemindahan kasus ditolak oleh " + to, from));
        case WITHDRAWN -> entries.add(new TimelineEntry(t.getDecidedAt(), t.getDecidedBy(), Type.TRANSFER_WITHDRAWN,
            "Usulan pemindahan kasus ke " + to + " ditarik", from));
        case PROPOSED -> { }
      }
    }
    return entries;
  }

  private String name(String code) {
    return regions.find(code).map(Region::getName).orElse(code);
  }
}
