package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.monitoring.MonitoringForms;
import id.terpadu.referral.AgencyOptions;
import id.terpadu.referral.ReferralVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The history level case-audit (docs/adr/0035-history-level.md) on one database that an earlier version ran at level
 * full: the database is switched on start, variable updates leave no detail rows and jobs no log, while task, activity,
 * variable and user-operation history are still written; configured back to full, the database follows.
 */
class CaseAuditHistoryLevelTest {

  private static final String PROCESS = "historyLevelProbe";
  private static final String DECISION = "historyLevelProbeDecision";
  private static final String DECISION_XML = """
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
          id="probe" name="probe" namespace="probe">
        <decision id="%s" name="probe" camunda:historyTimeToLive="1">
          <decisionTable id="table" hitPolicy="FIRST">
            <input id="input"><inputExpression id="inputExpression" typeRef="string"><text>stage</text>
              </inputExpression></input>
            <output id="output" name="result" typeRef="string"/>
            <rule id="rule"><inputEntry id="entry"><text>-</text></inputEntry>
              <outputEntry id="outputEntry"><text>"ok"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """.formatted(DECISION);
  private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
      .startEvent("start").camundaAsyncBefore().businessRuleTask("decide").camundaDecisionRef(DECISION)
      .camundaResultVariable("decision").camundaMapDecisionResult("singleEntry").userTask("work")
      .serviceTask("record").camundaExpression("${true}").exclusiveGateway("route").parallelGateway("fork")
      .parallelGateway("join").moveToNode("fork").connectTo("join").endEvent("end").done();

  private final String url = "jdbc:h2:mem:history-level-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @Test
  void aDatabaseAtLevelFullIsSwitchedAndBackWithoutManualSteps() {
    String atFull;
    try (Engine full = start("full")) {
      assertThat(full.storedLevel()).isEqualTo("3");
      full.engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", MODEL)
          .addString(DECISION + ".dmn", DECISION_XML).deploy();
      atFull = full.runOneInstance();
      // level full writes what case-audit leaves out: the test below could fail
      var history = full.engine.getHistoryService();
      assertThat(history.createHistoricDetailQuery().processInstanceId(atFull).count()).isPositive();
      assertThat(history.createHistoricJobLogQuery().processInstanceId(atFull).count()).isPositive();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(atFull).activityId("route").count())
          .isOne();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(atFull).activityId("work").count())
          .isOne();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(atFull).activityId("decide").count())
          .isOne();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(atFull).variableName("contactType")
          .count()).isOne();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(atFull).variableName("agencyOptions")
          .count()).isOne();
    }

    try (Engine audit = start(CaseAuditHistoryLevel.NAME)) {
      assertThat(audit.storedLevel()).isEqualTo(String.valueOf(CaseAuditHistoryLevel.ID));
      var history = audit.engine.getHistoryService();
      String instance = audit.runOneInstance();

      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
      assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).count()).isZero();
      // what is kept: the last value of each variable, the task, the activities, who did what
      List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance).list();
      assertThat(variables).extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("stage", "MONITORING"),
              org.assertj.core.groups.Tuple.tuple("decision", "ok"));
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().singleResult()
          .getAssignee()).isEqualTo("peksos1");
      // no gateways, no none start event, the user task only as a task instance, the rule task only as a decision
      // instance: the service task and the end
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
          .extracting(HistoricActivityInstance::getActivityId).containsExactlyInAnyOrder("record", "end");
      assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).list())
          .extracting(d -> d.getActivityId()).containsExactly("decide");
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult())
          .satisfies(p -> assertThat(p.getStartActivityId()).isEqualTo("start"))
          .satisfies(p -> assertThat(p.getEndActivityId()).isEqualTo("end"));
      String task = history.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult().getId();
      assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task).count()).isPositive();
      assertThat(history.createUserOperationLogQuery().processInstanceId(instance).list())
          .extracting(UserOperationLogEntry::getOperationType, UserOperationLogEntry::getUserId)
          .contains(org.assertj.core.groups.Tuple.tuple(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, "peksos1"),
              org.assertj.core.groups.Tuple.tuple(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "peksos1"));
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
          .isOne();
      // the history written at level full stays readable
      assertThat(history.createHistoricDetailQuery().processInstanceId(atFull).count()).isPositive();
    }

    // other mismatches stay the engine's refusal
    assertThatThrownBy(() -> start("audit").close()).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("historyLevel mismatch");

    try (Engine backToFull = start("full")) {
      assertThat(backToFull.storedLevel()).isEqualTo("3");
      String instance = backToFull.runOneInstance();
      assertThat(backToFull.engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance)
          .count()).isPositive();
    }
  }

  @Test
  void displayOnlyVariablesAreTheFormHelpersAndNoneRoutes() throws IOException {
    assertThat(CaseAuditHistoryLevel.DISPLAY_ONLY).contains(ReferralVariables.CHILD_FIRST_NAME,
        ReferralVariables.CHILD_AGE, ReferralVariables.SERVICE_LABEL, ReferralVariables.TARGET_DATE,
        ReferralVariables.CONTACT_NAME, ReferralVariables.CONTACT_EMAIL);
    assertThat(List.of(AgencyOptions.VARIABLE, MonitoringForms.OPEN_REFERRALS, MonitoringForms.SUMMARY))
        .allMatch(CaseAuditHistoryLevel::isDisplayOnly);
    assertThat(List.of(ReferralVariables.CONTACT_CASEWORKER, ReferralVariables.AGENCY_CODE,
        ReferralVariables.SERVICE_TYPE, ReferralVariables.REFERRAL_ID, CaseVariables.CASE_ID, CaseVariables.REGENCY,
        CaseVariables.CASEWORKER, CaseVariables.RISK_LEVEL, CaseVariables.TRIAGE_OUTCOME, MonitoringForms.CONFERENCE))
        .noneMatch(CaseAuditHistoryLevel::isDisplayOnly);
    // no expression of a model (conditions, assignees, due dates, collections) reads a variable left out of history
    Pattern expression = Pattern.compile("(?<!delegateExpression=\")[$#]\\{([^}]*)}");
    Pattern identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher m = expression.matcher(Files.readString(model));
        while (m.find()) {
          identifier.matcher(m.group(1)).results().map(MatchResult::group).forEach(name ->
              assertThat(CaseAuditHistoryLevel.isDisplayOnly(name)
                  || CaseAuditHistoryLevel.RECORDED_INPUTS.contains(name)).as(model + ": " + m.group()).isFalse());
        }
      }
    }
  }

  private Engine start(String historyLevel) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl(url);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(historyLevel);
    configuration.setProcessEngineName("history-level-" + UUID.randomUUID());
    configuration.getProcessEnginePlugins().add(new HistoryLevelSwitch());
    return new Engine(configuration.buildProcessEngine());
  }

  private record Engine(ProcessEngine engine) implements AutoCloseable {

    String storedLevel() {
      return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(c -> {
            PropertyEntity property = c.getPropertyManager().findPropertyById(HistoryLevelSwitch.PROPERTY);
            return property.getValue();
          });
    }

    /**
     * Start (job), a display-only variable, an input the case file records, two updates of a routing variable, the
     * rule task, the task completed by a caseworker.
     */
    String runOneInstance() {
      engine.getIdentityService().setAuthenticatedUserId("peksos1");
      try {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of("stage", "INTAKE",
            "agencyOptions", "[{\"label\":\"Dukcapil\",\"value\":\"dukcapil\"}]", "contactType", "HOME_VISIT"))
            .getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
            .processInstanceId(instance).singleResult().getId());
        engine.getRuntimeService().setVariable(instance, "stage", "ASSESSMENT");
        engine.getRuntimeService().setVariable(instance, "stage", "MONITORING");
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        engine.getTaskService().claim(task, "peksos1");
        engine.getTaskService().complete(task);
        return instance;
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }

    @Override
    public void close() {
      engine.close();
    }
  }
}
