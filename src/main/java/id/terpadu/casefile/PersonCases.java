package id.terpadu.casefile;

import id.terpadu.person.Person;
import id.terpadu.person.PersonAccess;
import id.terpadu.person.PersonServicesSource;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The person page's cases: each case the person is the child of and the caller may read. */
@Component
class PersonCases implements PersonServicesSource {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final CasesOfPerson cases;
  private final CaseCategories categories;

  PersonCases(CasesOfPerson cases, CaseCategories categories) {
    this.cases = cases;
    this.categories = categories;
  }

  @Override
  public List<ServiceReceived> servicesOf(Person person, PersonAccess.Reader reader) {
    return cases.readableBy(reader.caller(), person).stream()
        .map(c -> new ServiceReceived("CASE", c.getId(), c.getCaseNumber(),
            "Kasus: " + categories.find(c.getPrimaryCategory()).map(CaseCategories.Category::label)
                .orElse(c.getPrimaryCategory()),
            c.getReceivedAt().atZone(WIB).toLocalDate(),
            c.getStatus() == CaseStatus.OPEN ? "Terbuka" : "Ditutup"))
        .toList();
  }
}
