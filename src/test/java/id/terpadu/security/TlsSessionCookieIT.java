package id.terpadu.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.terpadu.support.Node;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The production profile ({@code postgres}) over HTTPS: the session cookie and the webapps' XSRF cookie are
 * {@code Secure}, {@code HttpOnly} (the session's) and {@code SameSite=Lax}, before and after a login, and every
 * answer carries {@code Strict-Transport-Security}. The node runs the production profile's configuration (without the
 * {@code test} profile, which turns Secure off) on an H2 database of its own, with a self-signed certificate made by
 * {@code keytool} for this test; over plain HTTP the same configuration sends no HSTS.
 */
// Needs its own configuration (TLS, the production profile): runs in a JVM of its own (ADR 0024).
@Tag("isolated")
class TlsSessionCookieIT {

  static final String PASSWORD = "uji-tls-2026";

  @Test
  void overHttpsTheProductionProfileSendsSecureCookiesAndHsts() throws Exception {
    Path keystore = selfSignedKeystore();
    // Not the "test" profile (Failsafe activates it by a system property): it turns Secure off for plain-HTTP tests.
    // Besides TLS, only settings unrelated to security are given here.
    try (Node node = Node.startOnH2(Node.h2FileUrl("tls"), List.of("demo", "postgres"),
        "--spring.profiles.active=demo,postgres",
        "--terpadu.mail.demo-sink.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--server.ssl.enabled=true", "--server.ssl.key-store=" + keystore.toAbsolutePath(),
        "--server.ssl.key-store-type=PKCS12", "--server.ssl.key-store-password=" + PASSWORD,
        "--server.ssl.key-alias=terpadu")) {
      String base = "https://localhost:" + node.port();
      CookieManager cookies = new CookieManager();
      HttpClient http = HttpClient.newBuilder().sslContext(trusting(keystore)).cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER).build();

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertHsts(page);
      assertSecureCookies(page.headers().allValues("Set-Cookie"));
      String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(c -> c.getValue()).reduce((a, b) -> b).orElseThrow();

      HttpResponse<String> login = http.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
          .POST(HttpRequest.BodyPublishers.ofString("username=pengawas&password="
              + URLEncoder.encode("demo", StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      assertHsts(login);
      List<String> afterLogin = login.headers().allValues("Set-Cookie");
      // The login gives the session a new id: a new SESSION cookie, with the same flags.
      assertThat(afterLogin).anyMatch(c -> c.startsWith("SESSION="));
      assertSecureCookies(afterLogin);

      HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
      assertThat(me.body()).contains("pengawas");
      assertHsts(me);
    }
  }

  /**
   * The same production configuration over plain HTTP (a local trial without a proxy): no HSTS, which a browser
   * would ignore there anyway; the cookies are still marked Secure, so a browser would not send them back over HTTP.
   */
  @Test
  void overPlainHttpTheProductionProfileSendsNoHsts() throws Exception {
    try (Node node = Node.startOnH2(Node.h2FileUrl("plain"), List.of("demo", "postgres"),
        "--spring.profiles.active=demo,postgres", "--terpadu.mail.demo-sink.port=0",
        "--camunda.bpm.job-execution.enabled=false")) {
      HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + node.port() + "/camunda/app/tasklist/default/")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertSecureCookies(page.headers().allValues("Set-Cookie"));
    }
  }

  private static void assertHsts(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
        assertThat(hsts).contains("max-age=31536000"));
  }

  /** Attributes as Tomcat ("; Secure") and Camunda's CSRF filter (";Secure") write them. */
  private static void assertSecureCookies(List<String> setCookies) {
    assertThat(setCookies).filteredOn(c -> c.startsWith("SESSION=")).allSatisfy(c ->
        assertThat(c).containsPattern(attribute("Secure")).containsPattern(attribute("HttpOnly"))
            .containsPattern(attribute("SameSite=Lax")));
    assertThat(setCookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).allSatisfy(c ->
        assertThat(c).containsPattern(attribute("Secure")).containsPattern(attribute("SameSite=Lax")));
    assertThat(setCookies).anyMatch(c -> c.startsWith("SESSION=") || c.startsWith("XSRF-TOKEN="));
  }

  private static String attribute(String attribute) {
    return "(?i);\\s*" + java.util.regex.Pattern.quote(attribute) + "\\s*(;|$)";
  }

  /** A PKCS12 keystore with a self-signed certificate for localhost, made by the JDK's keytool. */
  private static Path selfSignedKeystore() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "tls-" + System.nanoTime()));
    Path keystore = dir.resolve("terpadu.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "terpadu", "-keyalg", "RSA",
        "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return keystore;
  }

  /** Trusts the test's own certificate (and no other); host names are checked as usual. */
  private static SSLContext trusting(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
