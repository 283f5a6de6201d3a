package id.terpadu.vulnerable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One recording of an entry's basic-needs assessment and its verification. */
public record AssessmentView(long id, Map<String, String> answers, String note, String recordedBy,
    Instant recordedAt, String status, String verifiedBy, Instant verifiedAt, String verificationComment) {

  static AssessmentView of(BasicNeedsAssessment a) {
    Map<String, String> answers = new LinkedHashMap<>();
    a.answers().forEach((need, answer) -> answers.put(need.name(), answer));
    return new AssessmentView(a.getId(), answers, a.getNote(), a.getRecordedBy(), a.getRecordedAt(),
        a.getStatus().name(), a.getVerifiedBy(), a.getVerifiedAt(), a.getVerificationComment());
  }
}
