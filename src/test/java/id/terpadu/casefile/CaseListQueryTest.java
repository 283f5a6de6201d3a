package id.terpadu.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.terpadu.web.ApiException;
import org.junit.jupiter.api.Test;

/** Parsing and validating the case list's query parameters. */
class CaseListQueryTest {

  private final CaseCategories categories = new CaseCategories();

  @Test
  void withoutParametersTheFirstPageOfTwentyOfEveryCase() {
    CaseListQuery query = CaseListQuery.parse(null, null, null, null, null, null, null, categories);

    assertThat(query).isEqualTo(new CaseListQuery(null, null, null, null, false, 0, 20));
  }

  @Test
  void validParametersAreTrimmedAndParsed() {
    CaseListQuery query = CaseListQuery.parse("OPEN", " TRIAGE ", "PENDIDIKAN", "  dimas ", " true ", "2", "100",
        categories);

    assertThat(query).isEqualTo(new CaseListQuery(CaseStatus.OPEN, CaseStage.TRIAGE, "PENDIDIKAN", "dimas", true,
        2, 100));
    assertThat(CaseListQuery.parse("", " ", "", " ", "", "", "", categories))
        .isEqualTo(new CaseListQuery(null, null, null, null, false, 0, 20));
  }

  @Test
  void everyInvalidParameterIsReportedAtOnceInBahasaIndonesia() {
    assertThatThrownBy(() -> CaseListQuery.parse("open", "DONE", "MAIN", "x".repeat(101), "yes", "-1", "101",
        categories))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
          assertThat(e.errors()).extracting(p -> p.field() + ":" + p.code()).containsExactly(
              "status:UNKNOWN_CODE", "stage:UNKNOWN_CODE", "category:UNKNOWN_CODE", "q:LENGTH",
              "awaitingTakeUp:FORMAT", "page:RANGE", "size:RANGE");
          assertThat(e.errors().get(0).message()).isEqualTo("Status kasus tidak dikenal. Pilihan: OPEN, CLOSED.");
          assertThat(e.errors().get(6).message()).isEqualTo("Jumlah per halaman harus bilangan bulat 1–100.");
        });
    assertThatThrownBy(() -> CaseListQuery.parse(null, null, null, null, null, "1.5", "0", categories))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
            .extracting(p -> p.field() + ":" + p.code()).containsExactly("page:FORMAT", "size:RANGE"));
  }

  @Test
  void likeWildcardsInTheSearchTextAreEscaped() {
    assertThat(CaseListQuery.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
  }

  @Test
  void theAccessLogGetsTheFiltersButNeverTheSearchText() {
    CaseListQuery query = CaseListQuery.parse("OPEN", "TRIAGE", "PENDIDIKAN", "Dimas Pratama", "true", "1", "5",
        categories);

    assertThat(query.auditFilters())
        .isEqualTo("status=OPEN&stage=TRIAGE&category=PENDIDIKAN&q=*&awaitingTakeUp=true&page=1&size=5")
        .doesNotContain("Dimas");
    assertThat(CaseListQuery.parse(null, null, null, null, null, null, null, categories).auditFilters())
        .isEqualTo("page=0&size=20");
  }
}
