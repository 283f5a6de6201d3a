package id.terpadu.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated complaint, ready to become a case. {@code regionCode} is the village code (10 digits)
 * or, when the village is unknown, the district code (6 digits). {@code categories} starts with the
 * primary category.
 */
public record Complaint(Channel channel, boolean anonymous, Reporter reporter, ChildDetails child,
    String regionCode, String description, List<String> categories) {

  /** Who reported; kept confidential. */
  public record Reporter(String name, String phone, String relation) {}

  /** What is known of the child; every field may be unknown. */
  public record ChildDetails(String name, String sex, LocalDate birthDate, String nik) {

    public boolean isEmpty() {
      return name == null && sex == null && birthDate == null && nik == null;
    }
  }
}
