package id.terpadu.person;

import java.time.LocalDate;
import java.util.List;

/**
 * Contributes the "services received" of a person's page: a feature that serves persons (case files,
 * referrals, later outreach and programmes) lists its own records of that person next to its own data, so the
 * person registry does not reach into them. Each source applies its own access rules for the reader.
 */
public interface PersonServicesSource {

  List<ServiceReceived> servicesOf(Person person, PersonAccess.Reader reader);

  /**
   * One service a person received: what kind ({@code CASE}, {@code REFERRAL}, …), the record's id and
   * reference as staff know it (a case number), a label in Bahasa Indonesia, when it started, and its state.
   */
  record ServiceReceived(String kind, long id, String reference, String label, LocalDate since, String state) {}
}
