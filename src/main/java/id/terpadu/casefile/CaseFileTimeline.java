package id.terpadu.casefile;

import id.terpadu.casefile.TimelineEntry.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The case file's own timeline entries: the complaint registered, the triage decision, the closure. */
@Component
@Order(0)
class CaseFileTimeline implements CaseTimelineSource {

  static final String SYSTEM = "system";

  private final CaseCategories categories;

  CaseFileTimeline(CaseCategories categories) {
    this.categories = categories;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase c) {
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(new TimelineEntry(c.getReceivedAt(), c.getCreatedBy(), Type.CASE_REGISTERED, "Pengaduan dicatat",
        "Nomor kasus " + c.getCaseNumber()));
    if (c.getTriageOutcome() != null && c.getTriagedAt() != null) {
      entries.add(new TimelineEntry(c.getTriagedAt(), c.getTriagedBy(), Type.TRIAGE_DECIDED,
          "Hasil triase: " + triageSummary(c), triageDetail(c)));
    }
    if (c.getClosedAt() != null) {
      entries.add(new TimelineEntry(c.getClosedAt(), SYSTEM, Type.CASE_CLOSED,
          "Kasus ditutup: " + closureLabel(c.getClosureReason()), null));
    }
    return entries;
  }

  private static String triageSummary(ChildCase c) {
    return switch (c.getTriageOutcome()) {
      case ACCEPTED -> "diterima" + (c.getRiskLevel() == null ? "" : ", risiko " + riskLabel(c.getRiskLevel()));
      case NOT_A_CASE -> "bukan masalah perlindungan anak";
      case DUPLICATE -> "duplikat kasus yang masih terbuka";
    };
  }

  private String triageDetail(ChildCase c) {
    return switch (c.getTriageOutcome()) {
      case ACCEPTED -> "Kategori: " + categories.ofCase(c.getPrimaryCategory(), c.getCategories()).stream()
          .map(CaseCategories.Category::label).collect(Collectors.joining(", "));
      case NOT_A_CASE -> c.getReferredTo() == null ? null : "Pelapor diarahkan ke: " + c.getReferredTo();
      case DUPLICATE -> c.getDuplicateOf() == null ? null : "Kasus asal: " + c.getDuplicateOf().getCaseNumber();
    };
  }

  static String riskLabel(RiskLevel risk) {
    return switch (risk) {
      case HIGH -> "tinggi";
      case MEDIUM -> "sedang";
      case LOW -> "rendah";
    };
  }

  static String closureLabel(ClosureReason reason) {
    return reason == null ? "tanpa alasan tercatat" : reason.label();
  }
}
