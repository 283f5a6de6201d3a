package id.terpadu.sla.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.sla.cockpit.SlaDashboard.Reach;
import id.terpadu.sla.cockpit.SlaDashboard.Viewer;
import id.terpadu.sla.cockpit.SlaDashboardView.Group;
import id.terpadu.sla.cockpit.SlaDashboardView.OpenBreach;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaDashboardTest {

  @Test
  void supervisorsAndHeadsSeeTheirScopeAdministratorsEverythingOthersNothing() {
    assertThat(new Viewer("pengawas", List.of("supervisor", "supervisor-3504")).reach()).isEqualTo(Reach.SCOPE);
    assertThat(new Viewer("kepala", List.of("head", "head-3504")).reach()).isEqualTo(Reach.SCOPE);
    assertThat(new Viewer("admin", List.of("camunda-admin")).reach()).isEqualTo(Reach.ALL);
    assertThat(new Viewer("peksos1", List.of("caseworker", "caseworker-3504")).reach()).isEqualTo(Reach.NONE);
    // A unit group alone is not the role.
    assertThat(new Viewer("x", List.of("supervisor-3504")).reach()).isEqualTo(Reach.NONE);
    assertThat(new Viewer("provinsi", List.of("province")).reach()).isEqualTo(Reach.NONE);
    assertThat(new Viewer("rsud", List.of("agency", "agency-rsud")).reach()).isEqualTo(Reach.NONE);
  }

  @Test
  void unitRegionsAreProvincesAndRegenciesNotCoveredByAnotherEntry() {
    assertThat(SlaDashboard.unitRegions(List.of("3504"))).containsExactly("3504");
    assertThat(SlaDashboard.unitRegions(List.of("3504", "35", "3503"))).containsExactly("35");
    assertThat(SlaDashboard.unitRegions(List.of("3504", "3503", "3504"))).containsExactly("3503", "3504");
    // District and village entries and malformed codes open no unit-wide view.
    assertThat(SlaDashboard.unitRegions(List.of("350401", "3504011001", "35x4", "350"))).isEmpty();
    assertThat(SlaDashboard.unitRegions(List.of())).isEmpty();
  }

  @Test
  void thePartnerAgencyIsTheTasksAgencyCandidateGroup() {
    assertThat(SlaDashboard.agencyCode("agency-dukcapil")).isEqualTo("dukcapil");
    assertThat(SlaDashboard.agencyCode("caseworker-3504, agency-lbh")).isEqualTo("lbh");
    assertThat(SlaDashboard.agencyCode("supervisor-3504")).isNull();
    assertThat(SlaDashboard.agencyCode("agency")).isNull();
    assertThat(SlaDashboard.agencyCode("agency-")).isNull();
    assertThat(SlaDashboard.agencyCode("")).isNull();
    assertThat(SlaDashboard.agencyCode(null)).isNull();
  }

  @Test
  void groupsListTheirBreachesOldestDueFirstAndTheLongestWaitingGroupFirst() {
    OpenBreach triageLate = breach("K-1", "TRIAGE", null, "2026-03-02T03:00:00Z");
    OpenBreach triageEarly = breach("K-2", "TRIAGE", "pengawas", "2026-03-01T03:00:00Z");
    OpenBreach assessment = breach("K-3", "ASSESSMENT", "peksos1", "2026-02-20T03:00:00Z");
    OpenBreach noDue = breach("K-4", "ASSESSMENT", null, null);

    List<Group> byStage = SlaDashboardView.group(List.of(triageLate, noDue, triageEarly, assessment),
        OpenBreach::stage, OpenBreach::stageLabel);
    assertThat(byStage).extracting(Group::key).containsExactly("ASSESSMENT", "TRIAGE");
    assertThat(byStage.get(0).breaches()).containsExactly(assessment, noDue);
    assertThat(byStage.get(1).breaches()).containsExactly(triageEarly, triageLate);
    assertThat(byStage).extracting(Group::count).containsExactly(2, 2);
    assertThat(byStage.get(1).label()).isEqualTo("label TRIAGE");

    List<Group> byAssignee = SlaDashboardView.group(List.of(triageLate, noDue, triageEarly, assessment),
        OpenBreach::assignee, b -> b.assignee() == null ? "nobody" : b.assignee());
    assertThat(byAssignee).extracting(Group::key).containsExactly("peksos1", "pengawas", "");
    assertThat(byAssignee.get(2).label()).isEqualTo("nobody");
    assertThat(byAssignee.get(2).breaches()).containsExactly(triageLate, noDue);
  }

  private static OpenBreach breach(String caseNumber, String stage, String assignee, String due) {
    Instant dueAt = due == null ? null : Instant.parse(due);
    return new OpenBreach("task-" + caseNumber, caseNumber, "Tugas", stage, "label " + stage, 1, dueAt,
        dueAt == null ? Instant.parse("2026-03-03T00:00:00Z") : dueAt.plusSeconds(60), "3504", "Asia/Jakarta",
        "WIB", assignee, assignee, null, null, "pi-" + caseNumber, "#/process-instance/pi-" + caseNumber);
  }
}
