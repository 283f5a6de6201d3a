package id.terpadu.notification;

import static id.terpadu.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.StaffAccount;
import id.terpadu.support.ApiClient;
import java.util.List;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's own SMTP sink: notification e-mails arrive there and logged-in staff read them at /dev/mail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DevMailIT {

  @LocalServerPort int port;
  @Autowired OutboxDelivery delivery;
  @Autowired GreenMail demoSink;
  @Autowired ApplicationContext context;
  @Autowired OrganisationService organisation;

  @Test
  void staffReadTheDemoMailsAtDevMail() {
    HttpResponse<String> anonymous = ApiClient.anonymous(port).get("/dev/mail");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).contains("/camunda/app/welcome/"));

    String caseNumber = json(ApiClient.basic(port, "petugas", "demo").postJson("/api/complaints", """
        {"channel":"PHONE","anonymous":true,"child":{"name":"Sekar Arum","sex":"P","birthDate":"2015-02-01"},
         "villageCode":"3504011001","description":"Anak sering ditinggal sendirian di rumah.",
         "categories":["PENELANTARAN"]}""")).path("caseNumber").asText();
    // The test profile delivers only when told: no schedule on this node.
    assertThat(context.getBeansOfType(NotificationConfig.OutboxSchedule.class)).isEmpty();
    assertThat(delivery.deliverDue()).isPositive();
    assertThat(demoSink.getSmtp().getPort()).as("tests use a free port").isNotEqualTo(3025);
    assertThat(demoSink.getReceivedMessages()).isNotEmpty();

    ApiClient pengawas = ApiClient.anonymous(port);
    assertThat(pengawas.webappLogin("tasklist", "pengawas", "demo")).isEqualTo(200);
    HttpResponse<String> page = pengawas.get("/dev/mail");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("Kotak surat demo", "<th>Kepada</th>", "pengawas@demo.terpadu.invalid",
        "[Terpadu] Tugas baru: Triase pengaduan - " + caseNumber, "no-reply@terpadu.invalid",
        "<a href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=")
        .doesNotContain("Sekar", "ditinggal sendirian");
  }

  @Test
  void staffSwitchTheirEmailsOffOnTheirProfilePage() {
    HttpResponse<String> anonymous = ApiClient.anonymous(port).get("/profil/notifikasi");
    assertThat(anonymous.statusCode()).isEqualTo(302);

    ApiClient peksos = ApiClient.anonymous(port);
    assertThat(peksos.webappLogin("tasklist", "peksos2", "demo")).isEqualTo(200);
    HttpResponse<String> page = peksos.get("/profil/notifikasi");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Notifikasi e-mail", "peksos2@demo.terpadu.invalid", "value=\"true\" checked");
    String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

    // Without the page's token the change is refused; with it the e-mails are switched off.
    assertThat(peksos.postForm("/profil/notifikasi", "").statusCode()).isEqualTo(403);
    HttpResponse<String> saved = peksos.postForm("/profil/notifikasi", "_csrf=" + token);
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(json(peksos.get("/api/me/notifications")).path("emailEnabled").asBoolean()).isFalse();
    assertThat(saved.headers().firstValue("Location")).hasValue("/profil/notifikasi?disimpan=1");
    assertThat(peksos.get("/profil/notifikasi?disimpan=1").body()).contains("Pengaturan disimpan").doesNotContain("checked");

    peksos.postForm("/profil/notifikasi", "_csrf=" + token + "&emailEnabled=true");
    assertThat(json(peksos.get("/api/me/notifications")).path("emailEnabled").asBoolean()).isTrue();
  }

  @Test
  void anAccountWithoutAnAddressGetsTheDemoAddressButAnExistingAddressStays() {
    organisation.ensureStaff(new StaffAccount("peksos9", "Tanpa", "Alamat", null, List.of("caseworker",
        "caseworker-3504"), List.of("3504")), "Rahasia-Peksos9-2026");
    ApiClient peksos9 = ApiClient.basic(port, "peksos9", "Rahasia-Peksos9-2026");
    assertThat(json(peksos9.get("/api/me/notifications")).path("email").isNull()).isTrue();

    organisation.ensureStaff(new StaffAccount("peksos9", "Tanpa", "Alamat", "peksos9@demo.terpadu.invalid",
        List.of("caseworker"), List.of("3504")), "ignored");
    assertThat(json(peksos9.get("/api/me/notifications")).path("email").asText())
        .isEqualTo("peksos9@demo.terpadu.invalid");
    organisation.ensureStaff(new StaffAccount("peksos9", "Tanpa", "Alamat", "lain@demo.terpadu.invalid",
        List.of("caseworker"), List.of("3504")), "ignored");
    assertThat(json(peksos9.get("/api/me/notifications")).path("email").asText())
        .isEqualTo("peksos9@demo.terpadu.invalid");
    assertThat(json(ApiClient.basic(port, "peksos1", "demo").get("/api/me/notifications")).path("email").asText())
        .isEqualTo("peksos1@demo.terpadu.invalid");
  }
}
