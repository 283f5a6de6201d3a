package id.terpadu.plan;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import id.terpadu.referral.AgencyOptions;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The caseworker's service plan, checked on the server and stored in the case file: goals and at least
 * one planned service, each with a known service type, a partner agency and a target date not in the past.
 */
@Component("recordServicePlan")
public class RecordServicePlan implements TaskListener {

  static final int MAX_SERVICES = 20;

  private final ServicePlanRepository plans;
  private final ChildCaseRepository cases;
  private final ServiceTypes serviceTypes;
  private final AgencyOptions agencies;
  private final Clock clock;

  public RecordServicePlan(ServicePlanRepository plans, ChildCaseRepository cases, ServiceTypes serviceTypes,
      AgencyOptions agencies, Clock clock) {
    this.plans = plans;
    this.cases = cases;
    this.serviceTypes = serviceTypes;
    this.agencies = agencies;
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
    List<Map<String, String>> rows = FormValues.objects(task, "confidentialPlannedServices");
    if (rows.isEmpty() || rows.size() > MAX_SERVICES) {
      throw new BadUserRequestException("Rencanakan 1–" + MAX_SERVICES + " layanan.");
    }
    List<PlannedService> services = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      services.add(plannedService(rows.get(i), i + 1, today, regency));
    }
    plans.save(new ServicePlan(caseId, goals, services, TaskActor.of(task), clock.instant()));
    cases.findById(caseId).ifPresent(c -> c.moveTo(CaseStage.PLANNING));
    task.removeVariable("planReturnComment");
    FormValues.forget(task, Set.of("confidentialPlanGoals", "confidentialPlannedServices", AgencyOptions.VARIABLE));
  }

  private PlannedService plannedService(Map<String, String> row, int number, LocalDate today, String regency) {
    String prefix = "Layanan ke-" + number + ": ";
    String type = blankToNull(row.get("serviceType"));
    if (!serviceTypes.isKnown(type)) {
      throw new BadUserRequestException(prefix + "pilih jenis layanan yang dikenal.");
    }
    String agency = blankToNull(row.get("agencyCode"));
    if (!agencies.serves(agency, type, regency)) {
      throw new BadUserRequestException(prefix + "pilih mitra layanan yang memberikan layanan ini di wilayah kasus.");
    }
    LocalDate target;
    try {
      target = FormValues.localDate(row.get("targetDate"));
    } catch (DateTimeParseException e) {
      target = null;
    }
    if (target == null || target.isBefore(today)) {
      throw new BadUserRequestException(prefix + "isi tanggal target, paling cepat hari ini.");
    }
    String note = blankToNull(row.get("note"));
    if (note != null && note.length() > 1000) {
      throw new BadUserRequestException(prefix + "keterangan paling banyak 1000 karakter.");
    }
    return new PlannedService(type, agency, target, note);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
