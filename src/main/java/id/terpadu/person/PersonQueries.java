package id.terpadu.person;

import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading person records: one person with the services they received, and searches, through {@link PersonAccess}. */
@Service
public class PersonQueries {

  private final PersonAccess access;
  private final PersonRepository persons;
  private final List<PersonServicesSource> sources;

  public PersonQueries(PersonAccess access, PersonRepository persons, List<PersonServicesSource> sources) {
    this.access = access;
    this.persons = persons;
    this.sources = List.copyOf(sources);
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
    return new PersonView.Detail(PersonView.Summary.of(person, reader.seesFullNik()), services);
  }

  @Transactional(readOnly = true)
  public PersonView.Page search(PersonSearch search) {
    PersonAccess.Reader reader = access.currentReader(null, search.logged());
    var found = persons.findAll(access.readablePersons(reader).and(search.filters()),
        PageRequest.of(search.page(), search.size(), Sort.by("name", "id")));
    access.listed(reader, search.logged(), found.getTotalElements());
    return new PersonView.Page(found.getContent().stream()
        .map(p -> PersonView.Summary.of(p, reader.seesFullNik())).toList(),
        search.page(), search.size(), found.getTotalElements());
  }
}
