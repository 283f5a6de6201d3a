package id.terpadu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps fire several requests at once right after login, on a new session that has no CSRF token yet. With
 * sessions in the database each of those requests used to make up its own token; the browser kept one, the
 * session another, and the next POST logged the user out (Camunda invalidates the session on a wrong token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class WebappCsrfTokenIT {

  static final int TABS = 8;

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void requestsRightAfterLoginAgreeOnOneTokenAndTheUserStaysLoggedIn() throws Exception {
    Map<String, String> cookies = new LinkedHashMap<>();
    keep(cookies, send(request("/camunda/app/tasklist/default/", cookies).GET()));
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/tasklist", cookies)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
        .POST(HttpRequest.BodyPublishers.ofString("username=peksos1&password="
            + URLEncoder.encode("demo", StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String before = cookies.get("XSRF-TOKEN");
    keep(cookies, login);
    cookies.remove("XSRF-TOKEN"); // the new session has no token yet: the next requests must agree on one

    ExecutorService pool = Executors.newFixedThreadPool(TABS);
    Set<String> issued = new HashSet<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < TABS; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return send(request("/camunda/api/engine/engine/", cookies).GET());
        }));
      }
      start.countDown();
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> set = new LinkedHashMap<>();
        keep(set, response);
        if (set.containsKey("XSRF-TOKEN")) {
          issued.add(set.get("XSRF-TOKEN"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(issued).as("tokens issued to the concurrent requests").hasSize(1);
    String token = issued.iterator().next();
    assertThat(token).isNotEqualTo(before).matches("[0-9A-F]{32}");

    // A state-changing webapp call with that token is accepted, and the session is still logged in afterwards.
    HttpResponse<String> taskQuery = send(request("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=5",
        cookies).header("X-XSRF-TOKEN", token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(taskQuery.statusCode()).as(taskQuery.body()).isEqualTo(200);
    HttpResponse<String> me = send(request("/api/me", cookies).GET());
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).contains("peksos1");
  }

  @Test
  void parallelApiCallsOfOnePageKeepTheSession() throws Exception {
    Map<String, String> cookies = loggedIn("pengawas");
    ExecutorService pool = Executors.newFixedThreadPool(TABS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> calls = new java.util.ArrayList<>();
      for (String path : List.of("/api/me", "/api/csrf-token", "/api/case-transfers", "/api/regions", "/api/me",
          "/api/csrf-token", "/api/case-transfers", "/api/regions")) {
        calls.add(pool.submit(() -> {
          start.await();
          return send(request(path, cookies).GET());
        }));
      }
      start.countDown();
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        // The API reads the webapp session; it never hands out a new session (id) or cookie.
        assertThat(response.headers().allValues("set-cookie")).as(response.uri().toString()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    HttpResponse<String> me = send(request("/api/me", cookies).GET());
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("pengawas");
  }

  @Test
  void aWrongTokenIsStillRefused() throws Exception {
    Map<String, String> cookies = new LinkedHashMap<>();
    keep(cookies, send(request("/camunda/app/tasklist/default/", cookies).GET()));
    assertThat(cookies).containsKey("XSRF-TOKEN");
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/tasklist", cookies)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", "0".repeat(32))
        .POST(HttpRequest.BodyPublishers.ofString("username=peksos1&password=demo")));
    assertThat(login.statusCode()).isEqualTo(403);
  }

  /** The cookies of a browser logged into Tasklist as the user, after the app's first call. */
  private Map<String, String> loggedIn(String user) throws Exception {
    Map<String, String> cookies = new LinkedHashMap<>();
    keep(cookies, send(request("/camunda/app/tasklist/default/", cookies).GET()));
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/tasklist", cookies)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    keep(cookies, login);
    keep(cookies, send(request("/camunda/api/engine/engine/", cookies).GET()));
    return cookies;
  }

  private HttpRequest.Builder request(String path, Map<String, String> cookies) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").header("Referer", "http://localhost:" + port + "/camunda/app/");
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Keeps the cookies a response sets (name=value only), as a browser would for these paths. */
  private static void keep(Map<String, String> cookies, HttpResponse<String> response) {
    for (String header : response.headers().allValues("set-cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }
}
