package id.terpadu.vulnerable;

import id.terpadu.person.Person;
import id.terpadu.person.PersonAccess;
import id.terpadu.person.PersonServicesSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The person page's programme membership: the person's entry in the vulnerable women and children registry, when
 * it lies in the reader's region scope ({@link VulnerableAccess}), with its categories, DTKS status and basic-needs
 * assessment.
 */
@Component
class PersonVulnerableEntry implements PersonServicesSource {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final VulnerableEntryRepository entries;
  private final VulnerableCategoryRepository categories;

  PersonVulnerableEntry(VulnerableEntryRepository entries, VulnerableCategoryRepository categories) {
    this.entries = entries;
    this.categories = categories;
  }

  @Override
  public List<ServiceReceived> servicesOf(Person person, PersonAccess.Reader reader) {
    return entries.findByPersonId(person.getId()).filter(e -> reader.caller().scope().contains(e))
        .map(this::entry).stream().toList();
  }

  private ServiceReceived entry(VulnerableEntry entry) {
    Map<String, String> labels = categories.findAll().stream()
        .collect(Collectors.toMap(VulnerableCategory::getCode, VulnerableCategory::getLabel));
    String names = entry.getCategories().stream().map(c -> labels.getOrDefault(c.getCode(), c.getCode()))
        .collect(Collectors.joining(", "));
    String dtks = entry.getDtksStatus() == null ? "DTKS belum dipadankan" : entry.getDtksStatus().label();
    return new ServiceReceived("VULNERABLE", entry.getId(), null, "Registri rentan: " + names,
        entry.getRegisteredAt().atZone(WIB).toLocalDate(), dtks + "; asesmen: " + entry.getAssessmentStatus().label());
  }
}
