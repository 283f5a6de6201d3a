package id.terpadu.community;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain anonymous HTTP for the public page's tests: any method, any headers, no cookies. */
final class PublicHttp {

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  PublicHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  String origin() {
    return base;
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null, Map.of());
  }

  HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/json, application/problem+json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("HTTP call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A report POST as the page sends it: JSON, same Origin, the form token header. */
  HttpResponse<String> report(String body, String token) {
    return send("POST", "/api/public/reports", body, token == null
        ? Map.of("Content-Type", "application/json", "Origin", base)
        : Map.of("Content-Type", "application/json", "Origin", base, PublicReportController.FORM_TOKEN_HEADER, token));
  }
}
