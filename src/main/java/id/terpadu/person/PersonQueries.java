package id.terpadu.person;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading person records: one person with their relationships, merges and the services they received; searches;
 * duplicate candidates. Always through {@link PersonAccess} (scope predicate in every query).
 *
 * <p>A NIK search is exact (the unique index). A name search reads the matches of its prefilter (name contains the
 * text, or shares a name-key word) in the caller's scope, at most {@value #MAX_RANKED} of them (newest first),
 * ranks them ({@link SearchRank}) and pages the ranked list; more matches than that set {@code limited} and the
 * user is asked to type more of the name. The list of every person (no NIK, no text) pages in the database.
 */
@Service
public class PersonQueries {

  static final int MAX_RANKED = 500;

  private final PersonAccess access;
  private final PersonRepository persons;
  private final List<PersonServicesSource> sources;
  private final PersonRelations relations;
  private final PersonMerges merges;
  private final DuplicateFinder finder;
  private final PersonRegistration registration;
  private final NikCheck nikCheck;
  private final SearchPlans searchPlans;

  PersonQueries(PersonAccess access, PersonRepository persons, List<PersonServicesSource> sources,
      PersonRelations relations, PersonMerges merges, DuplicateFinder finder,
      PersonRegistration registration, id.terpadu.region.RegionDirectory regions, SearchPlans searchPlans) {
    this.access = access;
    this.persons = persons;
    this.sources = List.copyOf(sources);
    this.relations = relations;
    this.merges = merges;
    this.finder = finder;
    this.registration = registration;
    this.nikCheck = NikCheck.using(regions);
    this.searchPlans = searchPlans;
  }

  @Transactional(readOnly = true)
  public PersonView.Detail detail(long personId) {
    PersonAccess.Reader reader = access.currentReader(personId, null);
    Person person = access.readable(reader, personId);
    List<PersonServicesSource.ServiceReceived> services = sources.stream()
        .flatMap(source -> source.servicesOf(person, reader).stream())
        .sorted(Comparator.comparing(PersonServicesSource.ServiceReceived::since,
            Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
    List<NikCheck.Issue> warnings = person.getNik() == null ? List.of()
        : nikCheck.check(person.getNik(), person.getSex(), person.getBirthDate(), registration.today()).warnings();
    return new PersonView.Detail(PersonView.Record.of(person, reader.seesFullNik()), PersonView.Warning.of(warnings),
        relations.of(reader, person), merges.of(person), services);
  }

  @Transactional(readOnly = true)
  public PersonView.Page search(PersonSearch search) {
    PersonAccess.Reader reader = access.currentReader(null, search.logged());
    if (search.nik() != null) {
      return byNik(reader, search);
    }
    var spec = access.readablePersons(reader).and(search.filters());
    if (search.text() == null) {
      var found = persons.findAll(spec, PageRequest.of(search.page(), search.size(), Sort.by("name", "id")));
      access.listed(reader, search.logged(), found.getTotalElements());
      return new PersonView.Page(found.getContent().stream()
          .map(p -> PersonView.Summary.of(p, reader.seesFullNik())).toList(),
          search.page(), search.size(), found.getTotalElements(), false);
    }
    searchPlans.preferIndexOrder();
    List<Person> found = persons.findBy(spec,
        q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(MAX_RANKED + 1).all());
    boolean limited = found.size() > MAX_RANKED;
    record Ranked(Person person, double rank) {}
    List<Ranked> ranked = new ArrayList<>();
    SearchRank.Search text = SearchRank.Search.of(search.text());
    for (Person p : limited ? found.subList(0, MAX_RANKED) : found) {
      double rank = SearchRank.rank(text, p.getName());
      if (SearchRank.listed(text, p.getName(), rank)) {
        ranked.add(new Ranked(p, rank));
      }
    }
    ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed()
        .thenComparing(r -> r.person().getName() == null ? "" : r.person().getName().toLowerCase(Locale.ROOT))
        .thenComparing(r -> r.person().getId()));
    access.listed(reader, search.logged(), ranked.size());
    int from = Math.min(ranked.size(), search.page() * search.size());
    int to = Math.min(ranked.size(), from + search.size());
    return new PersonView.Page(ranked.subList(from, to).stream()
        .map(r -> PersonView.Summary.of(r.person(), reader.seesFullNik())).toList(),
        search.page(), search.size(), ranked.size(), limited);
  }

  /**
   * An exact NIK search: the one record with that NIK (unique index), shown when it lies in the caller's scope and
   * is not merged into another one (unless merged records are asked for). The same answer as the scope predicate
   * and the search's filters would give, read by its key: the search front offices run most often.
   */
  private PersonView.Page byNik(PersonAccess.Reader reader, PersonSearch search) {
    Person found = persons.findByNik(search.nik())
        .filter(p -> access.inScope(reader, p) && (search.includeMerged() || p.getMergedIntoId() == null))
        .orElse(null);
    long total = found == null ? 0 : 1;
    access.listed(reader, search.logged(), total);
    List<PersonView.Summary> content = found == null || search.page() > 0 ? List.of()
        : List.of(PersonView.Summary.of(found, reader.seesFullNik()));
    return new PersonView.Page(content, search.page(), search.size(), total, false);
  }

  /**
   * Possible duplicates of a person about to be registered, in the caller's scope: for checking before
   * submitting. Each candidate shown is logged as a read of that person.
   */
  @Transactional(readOnly = true)
  public PersonView.Candidates duplicates(String name, String birthDate, String villageCode, String districtCode) {
    PersonAccess.Reader reader = access.currentReader(null, "duplicates");
    List<FieldProblem> problems = new ArrayList<>();
    String n = PersonValidator.trim(name);
    if (n == null || NameMatcher.normalise(n).isEmpty() || n.length() > 200) {
      problems.add(new FieldProblem("name", "REQUIRED", "Nama wajib diisi (paling banyak 200 karakter)."));
    }
    LocalDate date = null;
    if (PersonValidator.trim(birthDate) != null) {
      try {
        date = LocalDate.parse(birthDate.trim());
      } catch (DateTimeException e) {
        problems.add(new FieldProblem("birthDate", "FORMAT",
            "Tanggal lahir harus berformat tttt-bb-hh, misalnya 2015-08-17."));
      }
    }
    String village = PersonValidator.trim(villageCode);
    if (village != null && !PersonValidator.VILLAGE.matcher(village).matches()) {
      problems.add(new FieldProblem("villageCode", "FORMAT", "Kode desa/kelurahan harus 10 angka."));
    }
    String district = PersonValidator.trim(districtCode);
    if (district != null && !PersonValidator.DISTRICT.matcher(district).matches()) {
      problems.add(new FieldProblem("districtCode", "FORMAT", "Kode kecamatan harus 6 angka."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    var candidates = finder.candidates(new DuplicateScore.Facts(null, n, date, district, village),
        access.readablePersons(reader), null);
    return new PersonView.Candidates(shown(reader, candidates));
  }

  /** Candidates as the reader may see them; each is logged as a read of that person. */
  List<PersonView.Candidate> shown(PersonAccess.Reader reader, List<DuplicateFinder.Candidate> candidates) {
    candidates.forEach(c -> access.shown(reader, c.person()));
    access.listed(reader, "duplicates", candidates.size());
    return candidates.stream().map(c -> PersonView.Candidate.of(c, reader.seesFullNik())).toList();
  }
}
