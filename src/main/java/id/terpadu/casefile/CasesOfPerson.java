package id.terpadu.casefile;

import id.terpadu.access.Caller;
import id.terpadu.person.Person;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The cases a person is the child of, as far as the caller may read them by {@link CaseAccess}'s rules (a
 * caseworker: their own; the unit's front office and management: every case of their scope). Used by the
 * person page's "services received".
 */
@Component
public class CasesOfPerson {

  private final ChildCaseRepository cases;

  CasesOfPerson(ChildCaseRepository cases) {
    this.cases = cases;
  }

  public List<ChildCase> readableBy(Caller caller, Person person) {
    CaseAccess.Reach reach = CaseAccess.reachOf(caller.groupIds());
    if (reach == CaseAccess.Reach.NONE) {
      return List.of();
    }
    CaseAccess.Reader reader = new CaseAccess.Reader(caller.userId(), caller.scope().codes(), reach);
    return cases.findAll(CaseAccess.readableBy(reader)
        .and((root, query, cb) -> cb.equal(root.get("child"), person)), Sort.by("receivedAt", "id"));
  }
}
