package id.terpadu.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page for some roles only (e.g. {@code /laporan}, {@code /rapat-kasus}): its HTML lies on the class path outside
 * {@code static/}, so that only its controller serves it; other roles get 403 with a short page saying so. Neither is
 * cached.
 */
public final class RestrictedPages {

  private RestrictedPages() {}

  /** The page at {@code resource} (class path) when {@code allowed}, otherwise 403 with {@code forbiddenHtml}. */
  public static ResponseEntity<String> serve(boolean allowed, String resource, String forbiddenHtml)
      throws IOException {
    if (!allowed) {
      return html(HttpStatus.FORBIDDEN, forbiddenHtml);
    }
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return html(HttpStatus.OK, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
  }
}
