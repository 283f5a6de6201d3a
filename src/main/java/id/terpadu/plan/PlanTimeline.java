package id.terpadu.plan;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Service plans of a case: submitted, approved or returned (goals and notes stay in the case file). */
@Component
@Order(30)
class PlanTimeline implements CaseTimelineSource {

  private final ServicePlanRepository plans;

  PlanTimeline(ServicePlanRepository plans) {
    this.plans = plans;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (ServicePlan plan : plans.findByCaseIdOrderByDraftedAt(theCase.getId())) {
      entries.add(new TimelineEntry(plan.getDraftedAt(), plan.getDraftedBy(), TimelineEntry.Type.PLAN_SUBMITTED,
          "Rencana layanan diajukan", plan.getServices().size() + " layanan direncanakan"));
      if (plan.getDecidedAt() != null) {
        boolean approved = plan.getStatus() == ServicePlan.Status.APPROVED;
        entries.add(new TimelineEntry(plan.getDecidedAt(), plan.getDecidedBy(), TimelineEntry.Type.PLAN_DECIDED,
            approved ? "Rencana layanan disetujui" : "Rencana layanan dikembalikan",
            approved ? "Rujukan dikirim ke mitra layanan" : "Dikembalikan kepada pekerja sosial untuk diperbaiki"));
      }
    }
    return entries;
  }
}
