package id.terpadu.person;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a person record: the same validation as registering (the new region inside the caller's scope), with
 * optimistic locking on the record's version (an edit based on an older version: 409 {@code VERSION_CONFLICT}).
 * A reader who sees the NIK and KK masked (caseworkers) may add them when missing but not change them: sending the
 * masked value (or nothing) keeps them.
 */
@Service
public class PersonEditing {

  public static final String NIK_EXISTS = "NIK_EXISTS";

  private final PersonAccess access;
  private final PersonRepository persons;
  private final PersonValidator validator;
  private final PersonRegistration registration;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PersonEditing(PersonAccess access, PersonRepository persons, PersonValidator validator,
      PersonRegistration registration, ApplicationEventPublisher events, Clock clock) {
    this.access = access;
    this.persons = persons;
    this.validator = validator;
    this.registration = registration;
    this.events = events;
    this.clock = clock;
  }

  /** The edited record as the caller sees it, with NIK warnings. */
  @Transactional
  public PersonView.Edited update(long personId, PersonInput input, Long expectedVersion) {
    PersonAccess.Reader reader = access.currentReader(personId, null);
    if (expectedVersion == null) {
      throw ApiException.validation(List.of(new FieldProblem("version", "REQUIRED",
          "Versi data wajib dikirim (kolom version atau header If-Match) agar perubahan orang lain tidak tertimpa.")));
    }
    Person person = access.readable(reader, personId);
    if (person.getMergedIntoId() != null) {
      throw ApiException.conflict(PersonRelations.PERSON_MERGED, "Person " + personId + " was merged into person "
          + person.getMergedIntoId() + "; edit that record.");
    }
    if (person.getVersion() != expectedVersion) {
      throw ApiException.conflict(PersonProblems.VERSION_CONFLICT,
          "The person record was changed by someone else meanwhile; reload it and try again.");
    }
    PersonInput effective = input;
    if (!reader.seesFullNik()) {
      effective = new PersonInput(kept("nik", input.nik(), person.getNik()), kept("kk", input.kk(), person.getKk()),
          input.name(), input.sex(), input.birthDate(), input.birthPlace(), input.villageCode(), input.districtCode(),
          input.address(), input.phone(), input.disability(), null);
    }
    PersonValidator.Validated validated = validator.validate(effective, reader.caller().scope(),
        registration.today());
    PersonDetails d = validated.details();
    PersonDetails details = new PersonDetails(d.nik(), d.kk(), d.name(), d.sex(), d.birthDate(), d.birthPlace(),
        d.regionCode(), d.address(), d.phone(), d.disability(), person.getSourceId());
    if (details.nik() != null && !details.nik().equals(person.getNik())) {
      persons.findByNik(details.nik()).ifPresent(other -> {
        throw new PersonConflict(NIK_EXISTS, "A person with this NIK is already registered.",
            access.mayRead(reader, other) ? Map.of("personId", other.getId()) : Map.of());
      });
    }
    String regionBefore = regionOf(person);
    person.apply(details, clock.instant());
    persons.saveAndFlush(person);
    if (!regionBefore.equals(regionOf(person))) {
      events.publishEvent(new PersonMoved(person.getId()));
    }
    return new PersonView.Edited(PersonView.Record.of(person, reader.seesFullNik()),
        PersonView.Warning.of(validated.warnings()));
  }

  private static String regionOf(Person p) {
    return p.getProvinceCode() + "/" + p.getRegencyCode() + "/" + p.getDistrictCode() + "/" + p.getVillageCode();
  }

  /**
   * For a reader who sees a number masked: nothing or the masked value keeps the stored number; a new number is
   * accepted only where none is stored.
   */
  private static String kept(String field, String sent, String stored) {
    String value = sent == null || sent.isBlank() ? null : sent.trim();
    if (stored == null) {
      return value;
    }
    if (value == null || value.equals(NikCheck.mask(stored)) || Objects.equals(value, stored)) {
      return stored;
    }
    throw ApiException.validation(List.of(new FieldProblem(field, "READ_ONLY", "nik".equals(field)
        ? "NIK yang sudah tercatat hanya dapat diubah oleh petugas layanan, supervisor, atau kepala unit."
        : "Nomor KK yang sudah tercatat hanya dapat diubah oleh petugas layanan, supervisor, atau kepala unit.")));
  }
}
