package id.terpadu.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.casefile.CaseAccess.Reach;
import id.terpadu.casefile.CaseAccess.Reader;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The access rules of {@link CaseAccess} for one case: region scope first (404), then role (403). */
class CaseAccessTest {

  // The region rule works on the codes alone; no region table is needed.
  private final CaseAccess access = new CaseAccess(null, null, List.of(), Clock.systemUTC());
  private final ChildCase inKedungsoko = CaseFiles.complaintIn("3504011001");

  @Test
  void theRoleGroupsDecideHowFarReadingReaches() {
    assertThat(CaseAccess.reachOf(List.of("supervisor", "supervisor-3504"))).isEqualTo(Reach.SCOPE);
    assertThat(CaseAccess.reachOf(List.of("head", "head-3504"))).isEqualTo(Reach.SCOPE);
    assertThat(CaseAccess.reachOf(List.of("intake", "intake-3504"))).isEqualTo(Reach.SCOPE);
    assertThat(CaseAccess.reachOf(List.of("caseworker", "caseworker-3504"))).isEqualTo(Reach.OWN_CASES);
    assertThat(CaseAccess.reachOf(List.of("caseworker", "supervisor"))).isEqualTo(Reach.SCOPE);
    assertThat(CaseAccess.reachOf(List.of("agency", "agency-rsud"))).isEqualTo(Reach.NONE);
    assertThat(CaseAccess.reachOf(List.of("province"))).isEqualTo(Reach.NONE);
    assertThat(CaseAccess.reachOf(List.of("camunda-admin"))).isEqualTo(Reach.NONE);
    // A unit group alone is not a role.
    assertThat(CaseAccess.reachOf(List.of("supervisor-3504"))).isEqualTo(Reach.NONE);
  }

  @Test
  void unitStaffReadEveryCaseInsideTheirScope() {
    for (String scope : List.of("35", "3504", "350401", "3504011001")) {
      assertThatCode(() -> access.check(new Reader("pengawas", List.of("3503", scope), Reach.SCOPE), inKedungsoko))
          .as(scope).doesNotThrowAnyException();
    }
  }

  @Test
  void aCaseOutsideTheScopeIsNotFoundWhateverTheRole() {
    for (Reach reach : Reach.values()) {
      for (List<String> scope : List.of(List.of("3503"), List.of("350402"), List.of("3504011002"), List.<String>of(),
          List.of("35041"), List.of(""))) {
        assertNotFound(new Reader("someone", scope, reach), inKedungsoko);
      }
    }
    assertNotFound(new Reader("pengawas", List.of("3504"), Reach.SCOPE), null);
  }

  @Test
  void aCaseKnownOnlyToItsDistrictIsNotInAVillageScope() {
    ChildCase districtOnly = CaseFiles.complaintIn("350401");

    assertNotFound(new Reader("kades", List.of("3504011001"), Reach.SCOPE), districtOnly);
    assertThatCode(() -> access.check(new Reader("camat", List.of("350401"), Reach.SCOPE), districtOnly))
        .doesNotThrowAnyException();
  }

  @Test
  void aCaseworkerReadsOnlyTheCasesAssignedToThem() {
    Reader peksos1 = new Reader("peksos1", List.of("3504"), Reach.OWN_CASES);
    assertForbidden(peksos1, inKedungsoko);

    inKedungsoko.assignCaseworker("peksos2");
    assertForbidden(peksos1, inKedungsoko);

    inKedungsoko.assignCaseworker("peksos1");
    assertThatCode(() -> access.check(peksos1, inKedungsoko)).doesNotThrowAnyException();
    assertNotFound(new Reader("peksos1", List.of("3503"), Reach.OWN_CASES), inKedungsoko);
  }

  @Test
  void partnerAgenciesAndTheProvinceAreRefusedInsideTheirScope() {
    assertForbidden(new Reader("rsud", List.of("3503", "3504"), Reach.NONE), inKedungsoko);
    assertForbidden(new Reader("provinsi", List.of("35"), Reach.NONE), inKedungsoko);
    assertThatThrownBy(() -> CaseAccess.readableBy(new Reader("provinsi", List.of("35"), Reach.NONE)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
  }

  @Test
  void onlyTheFrontOfficeAndManagementSeeTheReportersContact() {
    assertThat(new Reader("pengawas", List.of("3504"), Reach.SCOPE).seesReporterContact()).isTrue();
    assertThat(new Reader("peksos1", List.of("3504"), Reach.OWN_CASES).seesReporterContact()).isFalse();
    assertThat(new Reader("rsud", List.of("3504"), Reach.NONE).seesReporterContact()).isFalse();
  }

  private void assertNotFound(Reader reader, ChildCase theCase) {
    assertThatThrownBy(() -> access.check(reader, theCase)).as(reader.toString())
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
          assertThat(e.code()).isEqualTo(CaseAccess.CASE_NOT_FOUND);
        });
  }

  private void assertForbidden(Reader reader, ChildCase theCase) {
    assertThatThrownBy(() -> access.check(reader, theCase)).as(reader.toString())
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
          assertThat(e.code()).isEqualTo("FORBIDDEN");
        });
  }
}
