package id.terpadu.community;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.support.Node;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes on one database: the public page's rate limits and form tokens hold across them. */
// Needs application nodes of its own: runs in a JVM of its own (docs/adr/0024-integration-test-forks.md).
@Tag("isolated")
@Tag("extended")
class PublicReportNodesIT {

  static final String BOT = """
      {"description":"Ada anak yang dipekerjakan di pasar setiap malam.","villageCode":"3504011001",
       "category":"PEKERJA_ANAK","anonymous":true,"website":"http://spam.example"}""";

  @Test
  void aClientsHourlyLimitAndTheFormTokensAreSharedByEveryNode() {
    String url = Node.h2FileUrl("public-report");
    String limit = "--terpadu.community.rate.per-client-per-hour=3";
    try (Node a = Node.start(url, List.of("test"), limit); Node b = Node.start(url, List.of("test"), limit)) {
      a.bean(JdbcTemplate.class).update("DELETE FROM public_report_rate");
      PublicHttp onA = new PublicHttp(a.port());
      PublicHttp onB = new PublicHttp(b.port());

      // A token issued by node A is good on node B: the signing key lives in the database.
      String tokenFromA = a.bean(FormTokens.class).issue(Instant.now().minusSeconds(60));
      HttpResponse<String> incomplete = onB.report("{\"anonymous\":true}", tokenFromA);
      assertThat(incomplete.statusCode()).isEqualTo(400);
      assertThat(json(incomplete).path("code").asText()).isEqualTo("VALIDATION_FAILED");

      assertThat(onA.report(BOT, tokenFromA).statusCode()).isEqualTo(400);
      assertThat(onB.report(BOT, tokenFromA).statusCode()).isEqualTo(400);
      // Three hits this hour, counted by two nodes: the fourth is refused on either.
      HttpResponse<String> limitedOnA = onA.report(BOT, tokenFromA);
      assertThat(limitedOnA.statusCode()).isEqualTo(429);
      assertThat(limitedOnA.headers().firstValue("Retry-After")).isPresent();
      assertThat(onB.report(BOT, tokenFromA).statusCode()).isEqualTo(429);
    }
  }
}
