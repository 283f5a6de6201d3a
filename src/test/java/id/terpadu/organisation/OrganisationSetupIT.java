package id.terpadu.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.tasklist.TasklistFilters;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Start-up setup can run again (a restart, a second node) without creating anything twice. */
@Tag("extended")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class OrganisationSetupIT {

  @Autowired OrganisationSetup setup;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;

  @Test
  void runningSetupAgainChangesNothing() {
    long filters = filterService.createFilterQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();

    setup.afterSingletonsInstantiated();
    setup.afterSingletonsInstantiated();

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
  }

  @Test
  void everyStaffMemberSeesTheirFiltersAndSupervisorsSeeTheUnitFilter() {
    assertThat(filterNamesVisibleTo("peksos1", List.of("caseworker", "caseworker-3504")))
        .containsExactly(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE,
            TasklistFilters.CONFERENCE_AGENDA);
    assertThat(filterNamesVisibleTo("pengawas", List.of("supervisor", "supervisor-3504")))
        .containsExactly(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE,
            TasklistFilters.ALL_UNIT_TASKS, TasklistFilters.CONFERENCE_AGENDA);
    assertThat(filterNamesVisibleTo("rsud", List.of("agency", "agency-rsud")))
        .containsExactly(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE);
  }

  @Test
  void demoAccountsHaveUnitGroupsAndScopes() {
    assertThat(identityService.createUserQuery().memberOfGroup("supervisor-3504").list())
        .extracting(u -> u.getId()).containsExactly("pengawas");
    assertThat(identityService.createUserQuery().memberOfGroup("agency-rsud").list())
        .extracting(u -> u.getId()).containsExactly("rsud");
    assertThat(identityService.checkPassword("peksos3", "demo")).isTrue();
  }

  private List<String> filterNamesVisibleTo(String user, List<String> groups) {
    identityService.setAuthentication(user, groups);
    try {
      return filterService.createFilterQuery().orderByFilterId().asc().list().stream()
          .sorted((a, b) -> Integer.compare(priority(a), priority(b))).map(Filter::getName).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static int priority(Filter filter) {
    return ((Number) filter.getProperties().get("priority")).intValue();
  }
}
