package id.terpadu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.support.ApiClient;
import id.terpadu.support.Node;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Outside the demo profile no account exists until the operator names the first administrator. The
 * refused starts run without a web server: the Camunda webapps keep a static reference to the first
 * application context of a JVM, so a failed web start would spoil the next one in the same JVM.
 */
// Needs application nodes of its own: runs in a JVM of its own (docs/adr/0024-integration-test-forks.md).
@Tag("isolated")
@Tag("extended")
class AdminBootstrapIT {

  static final String NO_WEB = "--spring.main.web-application-type=none";
  static final String NO_REST =
      "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

  @Test
  void refusesToStartWithoutAnAdministrator() {
    assertThatThrownBy(() -> Node.startOnH2(Node.h2FileUrl("no-admin"), List.of("test"),
        "--terpadu.admin.user=", "--terpadu.admin.password=", NO_WEB, NO_REST))
        .isInstanceOf(AdminBootstrap.NoAdministratorException.class)
        .hasMessageContaining("TERPADU_ADMIN_USER");
  }

  @Test
  void refusesAWeakFirstPassword() {
    assertThatThrownBy(() -> Node.startOnH2(Node.h2FileUrl("weak-admin"), List.of("test"),
        "--terpadu.admin.user=kepaladinas", "--terpadu.admin.password=demo", NO_WEB, NO_REST))
        .isInstanceOf(AdminBootstrap.NoAdministratorException.class)
        .hasMessageContaining("could not be created");
  }

  @Test
  void createsTheFirstAdministratorAndNoDemoAccounts() {
    String url = Node.h2FileUrl("first-admin");
    try (Node node = Node.startOnH2(url, List.of("test"),
        "--terpadu.admin.user=kepaladinas", "--terpadu.admin.password=Sangat-Rahasia-2026")) {
      IdentityService identity = node.bean(IdentityService.class);
      assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).list())
          .extracting(u -> u.getId()).containsExactly("kepaladinas");
      assertThat(identity.createUserQuery().userId("peksos1").count()).isZero();
      assertThat(identity.createUserQuery().count()).isEqualTo(1);

      assertThat(ApiClient.basic(node.port(), "kepaladinas", "Sangat-Rahasia-2026")
          .get("/engine-rest/process-definition/count").statusCode()).isEqualTo(200);
      assertThat(ApiClient.basic(node.port(), "admin", "demo").get("/api/me").statusCode()).isEqualTo(401);
    }
    // A restart without the variables keeps the administrator and starts normally.
    try (Node again = Node.startOnH2(url, List.of("test"), "--terpadu.admin.user=", "--terpadu.admin.password=", NO_WEB, NO_REST)) {
      assertThat(again.bean(IdentityService.class).createUserQuery().memberOfGroup(Roles.ADMIN).count())
          .isEqualTo(1);
    }
  }
}
