package id.terpadu.plan;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import id.terpadu.referral.AgencyOptions;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The caseworker's service plan, checked on the server and stored in the case file: goals and at least
 * one planned service, each checked by {@link PlannedServiceRows}.
 */
@Component("recordServicePlan")
public class RecordServicePlan implements TaskListener {

  static final int MAX_SERVICES = 20;

  private final ServicePlanRepository plans;
  private final ChildCaseRepository cases;
  private final PlannedServiceRows rows;
  private final Clock clock;

  public RecordServicePlan(ServicePlanRepository plans, ChildCaseRepository cases, PlannedServiceRows rows,
      Clock clock) {
    this.plans = plans;
    this.cases = cases;
    this.rows = rows;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    String regency = (String) task.getVariable(CaseVariables.REGENCY);
    String goals = FormValues.text(task, "confidentialPlanGoals");
    if (goals == null || goals.length() > 4000) {
      throw new BadUserRequestException("Tujuan penanganan wajib diisi (paling banyak 4000 karakter).");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), UnitTimeZones.of(regency));
    List<Map<String, String>> formRows = FormValues.objects(task, "confidentialPlannedServices");
    if (formRows.isEmpty() || formRows.size() > MAX_SERVICES) {
      throw new BadUserRequestException("Rencanakan 1–" + MAX_SERVICES + " layanan.");
    }
    List<PlannedService> services = rows.parse(formRows, regency, today);
    plans.save(new ServicePlan(caseId, goals, services, TaskActor.of(task), clock.instant()));
    cases.findById(caseId).ifPresent(c -> c.moveTo(CaseStage.PLANNING));
    task.removeVariable("planReturnComment");
    FormValues.forget(task, Set.of("confidentialPlanGoals", "confidentialPlannedServices", AgencyOptions.VARIABLE));
  }
}
