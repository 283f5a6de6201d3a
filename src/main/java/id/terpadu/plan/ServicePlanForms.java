package id.terpadu.plan;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.FormValues;
import id.terpadu.referral.AgencyOptions;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Prepares the plan forms when their task is created: the caseworker's form gets the partner agencies
 * to choose from; the supervisor's form gets the submitted plan as text to read.
 */
@Component("servicePlanForms")
public class ServicePlanForms implements TaskListener {

  static final String SUMMARY = "confidentialPlanSummary";
  private final AgencyOptions agencies;
  private final ServicePlanRepository plans;
  private final ServiceTypes serviceTypes;

  public ServicePlanForms(AgencyOptions agencies, ServicePlanRepository plans, ServiceTypes serviceTypes) {
    this.agencies = agencies;
    this.plans = plans;
    this.serviceTypes = serviceTypes;
  }

  @Override
  public void notify(DelegateTask task) {
    if ("Task_DraftServicePlan".equals(task.getTaskDefinitionKey())) {
      agencies.offer(task, null);
    } else {
      Long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
      plans.findFirstByCaseIdOrderByDraftedAtDesc(caseId)
          .ifPresent(plan -> task.setVariable(SUMMARY, summary(plan)));
    }
  }

  /** The plan as the supervisor reads it; goals too long for the form are cut, the services are always shown. */
  String summary(ServicePlan plan) {
    String services = plan.getServices().stream()
        .map(s -> "- " + serviceTypes.find(s.getServiceType()).map(ServiceTypes.ServiceType::label)
            .orElse(s.getServiceType()) + " — " + agencies.nameOf(s.getAgencyCode()) + ", target "
            + FormValues.INDONESIAN_DATE.format(s.getTargetDate())
            + (s.getNote() == null ? "" : " (" + s.getNote() + ")"))
        .collect(Collectors.joining("\n"));
    return FormValues.fitted("Tujuan:\n", plan.getGoals(),
        "\n\nLayanan:\n" + services + "\n\nDisusun oleh: " + plan.getDraftedBy());
  }
}
