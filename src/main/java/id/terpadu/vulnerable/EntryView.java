package id.terpadu.vulnerable;

import id.terpadu.person.NikCheck;
import id.terpadu.person.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** A registry entry as the unit's staff read it (the NIK masked for caseworkers). */
public record EntryView(long id, long personId, String name, String nik, boolean nikMasked, String sex,
    LocalDate birthDate, Integer age, String regencyCode, String districtCode, String villageCode,
    List<Category> categories, String dtksStatus, String dtksStatusLabel, String dtksPeriod,
    String assessmentStatus, String assessmentStatusLabel, String registeredBy, Instant registeredAt,
    String updatedBy, Instant updatedAt) {

  /** One category of the entry, with its label. */
  public record Category(String code, String label, String orphanType, String cause) {}

  /** A page of entries. */
  public record Page(List<EntryView> items, int page, int size, long total) {}

  static EntryView of(VulnerableEntry entry, boolean fullNik, Map<String, VulnerableCategory> categories,
      LocalDate today) {
    Person person = entry.getPerson();
    String nik = person.getNik();
    boolean masked = nik != null && !fullNik;
    return new EntryView(entry.getId(), person.getId(), person.getName(), masked ? NikCheck.mask(nik) : nik, masked,
        person.getSex(), person.getBirthDate(), age(person.getBirthDate(), today), entry.getRegencyCode(),
        entry.getDistrictCode(), entry.getVillageCode(), categories(entry, categories),
        entry.getDtksStatus() == null ? null : entry.getDtksStatus().name(),
        entry.getDtksStatus() == null ? "Belum dicocokkan" : entry.getDtksStatus().label(), entry.getDtksPeriod(),
        entry.getAssessmentStatus().name(), entry.getAssessmentStatus().label(), entry.getRegisteredBy(),
        entry.getRegisteredAt(), entry.getUpdatedBy(), entry.getUpdatedAt());
  }

  static List<Category> categories(VulnerableEntry entry, Map<String, VulnerableCategory> categories) {
    return entry.getCategories().stream().map(c -> new Category(c.getCode(),
        categories.containsKey(c.getCode()) ? categories.get(c.getCode()).getLabel() : c.getCode(),
        c.getOrphanType(), c.getCause())).toList();
  }

  static Integer age(LocalDate birthDate, LocalDate today) {
    return birthDate == null ? null : Period.between(birthDate, today).getYears();
  }
}
