package id.terpadu.safety;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The same-day safety responses of a case, at the time the actions were taken. */
@Component
@Order(10)
class SafetyTimeline implements CaseTimelineSource {

  private final SafetyResponseRepository responses;

  SafetyTimeline(SafetyResponseRepository responses) {
    this.responses = responses;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    return responses.findByCaseIdOrderByRespondedAt(theCase.getId()).stream()
        .map(r -> new TimelineEntry(r.getRespondedAt(), r.getRecordedBy(),
            TimelineEntry.Type.SAFETY_RESPONSE_RECORDED, "Respons keselamatan dilakukan",
            "Tindakan: " + r.getActions().stream().map(SafetyTimeline::label).collect(Collectors.joining(", "))))
        .toList();
  }

  static String label(SafetyAction action) {
    return switch (action) {
      case EMERGENCY_PLACEMENT -> "penempatan darurat (rumah aman/LKSA)";
      case MEDICAL_CARE -> "pemeriksaan/perawatan medis";
      case POLICE -> "laporan ke kepolisian (UPPA)";
      case SAFE_WITH_FAMILY -> "anak aman bersama keluarga/wali";
      case OTHER -> "lainnya";
    };
  }
}
