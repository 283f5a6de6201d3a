package id.terpadu.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A small HTTP client for integration tests: anonymous, HTTP Basic, or a Camunda webapp browser session
 * (cookies and the XSRF token kept like a browser does).
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private String basic;

  private ApiClient(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static ApiClient anonymous(int port) {
    return new ApiClient("http://localhost:" + port);
  }

  public static ApiClient basic(int port, String user, String password) {
    ApiClient client = anonymous(port);
    client.basic = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return client;
  }

  /**
   * Logs into a Camunda webapp the way its login page does. Returns the HTTP status of the login call:
   * 200 success, 401 wrong password, 403 no permission for that app.
   */
  public int webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest.Builder request = request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return send(request).statusCode();
  }

  public Optional<String> xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((a, b) -> b);
  }

  /** Copies this client's session cookies to a client of another node (same database). */
  public ApiClient withSessionOn(int port) {
    ApiClient other = anonymous(port);
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      HttpCookie copy = new HttpCookie(cookie.getName(), cookie.getValue());
      copy.setPath("/");
      other.cookies.getCookieStore().add(URI.create(other.baseUrl), copy);
    }
    return other;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> postJson(String path, String body, boolean withXsrf) {
    return sendJson("POST", path, body, withXsrf);
  }

  public HttpResponse<String> postJson(String path, String body) {
    return postJson(path, body, true);
  }

  /** A browser form post ({@code application/x-www-form-urlencoded}, already encoded), no XSRF header. */
  public HttpResponse<String> postForm(String path, String encodedBody) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encodedBody)));
  }

  public HttpResponse<String> putJson(String path, String body) {
    return putJson(path, body, true);
  }

  public HttpResponse<String> putJson(String path, String body, boolean withXsrf) {
    return sendJson("PUT", path, body, withXsrf);
  }

  public HttpResponse<String> delete(String path) {
    HttpRequest.Builder request = request(path).DELETE();
    xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return send(request);
  }

  private HttpResponse<String> sendJson(String method, String path, String body, boolean withXsrf) {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (withXsrf) {
      xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    }
    return send(request);
  }

  /**
   * Any call: {@code body} null sends none (JSON otherwise), {@code withXsrf} adds the session's token, {@code headers}
   * are added as given.
   */
  public HttpResponse<String> call(String method, String path, String body, boolean withXsrf,
      java.util.Map<String, String> headers) {
    HttpRequest.Builder request = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (withXsrf) {
      xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    }
    headers.forEach(request::header);
    return send(request);
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Accept", "application/json, application/problem+json");
    if (basic != null) {
      builder.header("Authorization", basic);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("HTTP call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }
}
