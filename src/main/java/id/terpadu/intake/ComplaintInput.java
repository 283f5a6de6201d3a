package id.terpadu.intake;

import java.util.List;

/**
 * A complaint as submitted, through {@code POST /api/complaints} or the Tasklist start form, before
 * validation: every field is text as typed, so that every mistake gets a field message.
 * {@code childInDanger} (the child is in danger right now) feeds the risk proposal at triage.
 */
public record ComplaintInput(String channel, Boolean anonymous, ReporterInput reporter, ChildInput child,
    String villageCode, String districtCode, String description, List<String> categories,
    Boolean childInDanger) {

  /** The reporter as submitted. */
  public record ReporterInput(String name, String phone, String relation) {}

  /** The child as submitted. */
  public record ChildInput(String name, String sex, String birthDate, String nik) {}
}
