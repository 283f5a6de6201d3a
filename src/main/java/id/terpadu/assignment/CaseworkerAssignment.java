package id.terpadu.assignment;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.organisation.Roles;
import id.terpadu.organisation.StaffNames;
import id.terpadu.process.CommandEntities;
import id.terpadu.process.FormValues;
import id.terpadu.process.Privileged;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Assignment of a case to one caseworker of the unit. When the task is created, the form gets the unit's
 * caseworkers with their open caseload; on completion the choice is checked and written to the case.
 */
@Component("caseworkerAssignment")
public class CaseworkerAssignment implements TaskListener {

  static final String OPTIONS = "caseworkerOptions";

  private final ChildCaseRepository cases;
  private final IdentityService identity;

  public CaseworkerAssignment(ChildCaseRepository cases, IdentityService identity) {
    this.cases = cases;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    String regency = (String) CommandEntities.taskVariable(task, CaseVariables.REGENCY);
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      offerCaseworkers(task, regency);
    } else {
      assign(task, regency);
    }
  }

  /** The unit's caseworkers, fewest open cases first: the form's options. */
  public List<CaseworkerLoad> caseworkersOf(String regency) {
    Map<String, Long> load = cases.countOpenCasesPerCaseworker(regency).stream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    List<User> users = Privileged.run(() ->
        identity.createUserQuery().memberOfGroup(Roles.unitGroup(Roles.CASEWORKER, regency)).list());
    return users.stream()
        .map(u -> new CaseworkerLoad(u.getId(), StaffNames.displayName(u), load.getOrDefault(u.getId(), 0L)))
        .sorted((a, b) -> a.openCases() != b.openCases() ? Long.compare(a.openCases(), b.openCases())
            : a.name().compareTo(b.name()))
        .toList();
  }

  /** A caseworker and their open cases. */
  public record CaseworkerLoad(String userId, String name, long openCases) {}

  private void offerCaseworkers(DelegateTask task, String regency) {
    FormValues.offerOptions(task, OPTIONS, options(regency));
  }

  /** The assignment form's options: the unit's caseworkers with their open caseload. */
  List<Map<String, String>> options(String regency) {
    return caseworkersOf(regency).stream()
        .map(c -> Map.of("label", c.name() + " (" + c.openCases() + " kasus terbuka)", "value", c.userId()))
        .toList();
  }

  private void assign(DelegateTask task, String regency) {
    String caseworker = FormValues.text(task, CaseVariables.CASEWORKER);
    if (caseworker == null || caseworkersOf(regency).stream().noneMatch(c -> c.userId().equals(caseworker))) {
      throw new BadUserRequestException("Pilih pekerja sosial dari unit ini.");
    }
    cases.findById((Long) task.getVariable(CaseVariables.CASE_ID)).ifPresent(c -> {
      c.assignCaseworker(caseworker);
      c.moveTo(CaseStage.ASSESSMENT);
    });
    task.removeVariable(OPTIONS);
  }

}
