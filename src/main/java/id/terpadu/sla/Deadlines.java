package id.terpadu.sla;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.process.DecisionTables;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks from the decision {@code Decision_SlaDeadlines} (stage, risk, service type →
 * ISO-8601 duration and calendar). Used in the models as {@code camunda:dueDate="${deadlines.due(execution,
 * 'TRIAGE')}"}; a district changes the table, not the code. Durations in {@code WORKING_DAYS} count whole
 * days (at least one) in the unit's time zone and skip weekends and the holiday list
 * ({@link WorkingDays}); see {@code docs/sla.md}.
 */
@Component("deadlines")
public class Deadlines {

  public static final String DECISION = "Decision_SlaDeadlines";
  public static final String WORKING_DAYS = "WORKING_DAYS";

  private final DecisionTables decisions;
  private final WorkingDays workingDays;

  public Deadlines(DecisionTables decisions, WorkingDays workingDays) {
    this.decisions = decisions;
    this.workingDays = workingDays;
  }

  /** When the task is due, counted from now in the unit's time zone. */
  public Date due(VariableScope scope, String stage) {
    String regency = (String) scope.getVariable(CaseVariables.REGENCY);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return Date.from(due(now, stage, text(scope.getVariable(CaseVariables.RISK_LEVEL)),
        text(scope.getVariable("serviceType")), regency));
  }

  Instant due(Instant from, String stage, String risk, String serviceType, String regency) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("stage", stage);
    inputs.put("risk", risk);
    inputs.put("serviceType", serviceType);
    Map<String, Object> rule = decisions.singleResult(DECISION, inputs);
    Duration duration = Duration.parse((String) rule.get("duration"));
    if (WORKING_DAYS.equals(rule.get("calendar"))) {
      return workingDays.plus(from, Math.max(1, duration.toDays()), regency);
    }
    return from.plus(duration);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
