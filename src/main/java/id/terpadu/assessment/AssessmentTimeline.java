package id.terpadu.assessment;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The comprehensive assessments of a case and which aspects need a service (never the findings). */
@Component
@Order(20)
class AssessmentTimeline implements CaseTimelineSource {

  private final AssessmentRepository assessments;

  AssessmentTimeline(AssessmentRepository assessments) {
    this.assessments = assessments;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    return assessments.findByCaseIdOrderByAssessedAt(theCase.getId()).stream()
        .map(a -> new TimelineEntry(a.getAssessedAt(), a.getAssessedBy(), TimelineEntry.Type.ASSESSMENT_RECORDED,
            "Asesmen menyeluruh dicatat", needs(a)))
        .toList();
  }

  private static String needs(Assessment assessment) {
    List<String> sections = assessment.getFindings().stream().filter(Assessment.Finding::isNeedsService)
        .map(Assessment.Finding::getSection).sorted().map(AssessmentTimeline::label).toList();
    return sections.isEmpty() ? "Tidak ada aspek yang memerlukan layanan"
        : "Perlu layanan: " + String.join(", ", sections);
  }

  static String label(AssessmentSection section) {
    return switch (section) {
      case SAFETY -> "keselamatan";
      case HEALTH -> "kesehatan";
      case EDUCATION -> "pendidikan";
      case CIVIL_DOCUMENTS -> "dokumen kependudukan";
      case FAMILY_CARE -> "pengasuhan keluarga";
      case ECONOMY -> "ekonomi keluarga";
      case LEGAL -> "hukum";
    };
  }
}
