package id.terpadu.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Person records as the API shows them; the NIK (and KK) is masked for readers who may not see it whole. */
public final class PersonView {

  private PersonView() {}

  /**
   * One person in a search result. {@code nikMasked} tells whether {@code nik} is shown masked;
   * {@code mergedIntoId} points at the record this one was merged into (null: a record in its own right).
   */
  public record Summary(long id, String nik, boolean nikMasked, String name, String sex, LocalDate birthDate,
      String regencyCode, String districtCode, String villageCode, Long mergedIntoId) {

    static Summary of(Person p, boolean fullNik) {
      return new Summary(p.getId(), fullNik ? p.getNik() : NikCheck.mask(p.getNik()), !fullNik && p.getNik() != null,
          p.getName(), p.getSex(), p.getBirthDate(), p.getRegencyCode(), p.getDistrictCode(), p.getVillageCode(),
          p.getMergedIntoId());
    }
  }

  /** One person's whole record; {@code version} is what an edit sends back (or its {@code If-Match}). */
  public record Record(long id, String nik, boolean nikMasked, String kk, String name, String sex,
      LocalDate birthDate, String birthPlace, String address, String phone, String disability, String provinceCode,
      String regencyCode, String districtCode, String villageCode, Long mergedIntoId, long version,
      Instant createdAt, Instant updatedAt) {

    static Record of(Person p, boolean fullNik) {
      return new Record(p.getId(), fullNik ? p.getNik() : NikCheck.mask(p.getNik()), !fullNik && p.getNik() != null,
          fullNik ? p.getKk() : NikCheck.mask(p.getKk()), p.getName(), p.getSex(), p.getBirthDate(),
          p.getBirthPlace(), p.getAddress(), p.getPhone(), p.getDisability(), p.getProvinceCode(),
          p.getRegencyCode(), p.getDistrictCode(), p.getVillageCode(), p.getMergedIntoId(), p.getVersion(),
          p.getCreatedAt(), p.getUpdatedAt());
    }
  }

  /** A NIK warning: {@code code} for machines, {@code message} in Bahasa Indonesia. */
  public record Warning(String code, String message) {

    static List<Warning> of(List<NikCheck.Issue> issues) {
      return issues.stream().map(i -> new Warning(i.code(), i.message())).toList();
    }
  }

  /**
   * One relationship seen from the person shown: {@code relation} is what the other person is to them
   * ({@code PARENT}: the other is their parent), {@code label} its name in Bahasa Indonesia. The other person's
   * name is given only when they lie in the reader's scope ({@code otherVisible}).
   */
  public record Relation(long id, String relation, String label, long otherPersonId, boolean otherVisible,
      String otherName) {}

  /** A merge this person took part in (kept or merged), with who, when and why, and its undo. */
  public record Merge(long id, long keptId, long mergedId, String reason, String mergedBy, Instant mergedAt,
      List<String> filledFields, String undoneBy, Instant undoneAt, String undoReason) {}

  /** A possible duplicate: the record, its score and the reasons. */
  public record Candidate(long id, String nik, boolean nikMasked, String name, String sex, LocalDate birthDate,
      String districtCode, String villageCode, int score, boolean likely, List<DuplicateScore.Reason> reasons) {

    static Candidate of(DuplicateFinder.Candidate c, boolean fullNik) {
      Person p = c.person();
      return new Candidate(p.getId(), fullNik ? p.getNik() : NikCheck.mask(p.getNik()),
          !fullNik && p.getNik() != null, p.getName(), p.getSex(), p.getBirthDate(), p.getDistrictCode(),
          p.getVillageCode(), c.result().score(), c.result().likely(), c.result().reasons());
    }
  }

  /**
   * One person with their NIK warnings, relationships, merges and the services they received. A merged record
   * answers too, with {@code person.mergedIntoId} pointing at the record kept.
   */
  public record Detail(Record person, List<Warning> warnings, List<Relation> relations, List<Merge> merges,
      List<PersonServicesSource.ServiceReceived> services) {}

  /** A newly registered person with the NIK warnings (shown, not rejected). */
  public record Created(Record person, List<Warning> warnings, List<Candidate> confirmedPast) {}

  /** An edited person with the NIK warnings. */
  public record Edited(Record person, List<Warning> warnings) {}

  /** Duplicate candidates for a name, birth date and village, best first. */
  public record Candidates(List<Candidate> candidates) {}

  /**
   * A page of search results; {@code total} counts every match in the caller's scope. A name search ranks at most
   * {@code PersonQueries.MAX_RANKED} matches; {@code limited} says there were more (narrow the search).
   */
  public record Page(List<Summary> items, int page, int size, long total, boolean limited) {}
}
