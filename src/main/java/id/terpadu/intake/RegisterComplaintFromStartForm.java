package id.terpadu.intake;

import static id.terpadu.process.FormValues.flag;
import static id.terpadu.process.FormValues.list;
import static id.terpadu.process.FormValues.text;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.process.FormValues;
import id.terpadu.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * A complaint registered through the Tasklist start form: opens the case from the form's inputs with the
 * same rules as the API, gives the process the case's routing facts and forgets the reporter's and
 * child's identity in the process (the case file holds them). A process started by the API already has
 * its case and passes through.
 */
@Component("registerComplaintFromStartForm")
public class RegisterComplaintFromStartForm implements ExecutionListener {

  static final Set<String> REPORTER_AND_CHILD = Set.of("confidentialReporterName", "confidentialReporterPhone",
      "confidentialReporterRelation", "confidentialChildName", "confidentialChildSex",
      "confidentialChildBirthDate", "confidentialChildNik");

  private final IntakeService intake;

  public RegisterComplaintFromStartForm(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.hasVariable(CaseVariables.CASE_ID)) {
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new BadUserRequestException("Pengaduan hanya dapat dicatat oleh petugas yang sudah masuk.");
    }
    List<String> categories = new ArrayList<>();
    if (text(execution, "primaryCategory") != null) {
      categories.add(text(execution, "primaryCategory"));
    }
    list(execution, "otherCategories").stream().filter(c -> !categories.contains(c)).forEach(categories::add);
    ComplaintInput input = new ComplaintInput(
        text(execution, CaseVariables.CHANNEL),
        flag(execution, "anonymous"),
        new ComplaintInput.ReporterInput(text(execution, "confidentialReporterName"),
            text(execution, "confidentialReporterPhone"), text(execution, "confidentialReporterRelation")),
        new ComplaintInput.ChildInput(text(execution, "confidentialChildName"),
            text(execution, "confidentialChildSex"), dateOnly(text(execution, "confidentialChildBirthDate")),
            text(execution, "confidentialChildNik")),
        text(execution, "villageCode"), text(execution, "districtCode"),
        text(execution, "confidentialDescription"), categories, flag(execution, CaseVariables.CHILD_IN_DANGER));
    ChildCase opened;
    try {
      opened = intake.openForProcess(input, user.getUserId(), execution.getProcessInstanceId());
    } catch (ApiException invalid) {
      throw new BadUserRequestException("Pengaduan belum dapat dicatat: " + invalid.errors().stream()
          .map(e -> e.message()).collect(Collectors.joining(" ")));
    }
    execution.setVariables(IntakeService.routingVariables(opened));
    execution.setVariable(CaseVariables.CHILD_IN_DANGER, Boolean.TRUE.equals(input.childInDanger()));
    execution.setProcessBusinessKey(opened.getCaseNumber());
    FormValues.forget(execution, REPORTER_AND_CHILD);
  }

  /** The date picker submits {@code yyyy-MM-dd}; tolerate a time part. */
  private static String dateOnly(String value) {
    return value != null && value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
  }
}
