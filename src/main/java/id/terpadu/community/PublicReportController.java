package id.terpadu.community;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.terpadu.community.ReportCaseState.PublicStatus;
import id.terpadu.region.RegionDirectory;
import id.terpadu.web.ApiException;
import id.terpadu.web.ProblemCodes;
import id.terpadu.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public community report API, the only part of {@code /api} open without login
 * (docs/adr/0021-community-reports.md): region names for the village picker, a form token, sending a report, and
 * a report's status by tracking code. It reads nothing else. Sending is guarded, in this order: same origin
 * (Origin, else Referer), JSON of at most {@code terpadu.community.max-body-bytes}, the client's hourly limit,
 * the honeypot field, the form token (minimum fill time), validation, the village's hourly limit.
 */
@RestController
@RequestMapping("/api/public")
public class PublicReportController {

  public static final String RATE_LIMITED = "RATE_LIMITED";
  public static final String CROSS_ORIGIN = "CROSS_ORIGIN";
  public static final String SUBMISSION_REJECTED = "SUBMISSION_REJECTED";
  public static final String FORM_TOKEN_INVALID = "FORM_TOKEN_INVALID";
  public static final String FORM_TOO_FAST = "FORM_TOO_FAST";
  public static final String FORM_TOKEN_EXPIRED = "FORM_TOKEN_EXPIRED";
  public static final String REPORT_NOT_FOUND = "REPORT_NOT_FOUND";
  public static final String FORM_TOKEN_HEADER = "X-Form-Token";

  private final PublicReports reports;
  private final FormTokens tokens;
  private final PublicRateLimiter limiter;
  private final RegionDirectory regions;
  private final ObjectMapper json;
  private final int maxBodyBytes;
  private final int perClientPerHour;
  private final int perVillagePerHour;
  private final int statusPerClientPerHour;
  private final String baseUrl;

  public PublicReportController(PublicReports reports, FormTokens tokens, PublicRateLimiter limiter,
      RegionDirectory regions, ObjectMapper json,
      @Value("${terpadu.community.max-body-bytes:16384}") int maxBodyBytes,
      @Value("${terpadu.community.rate.per-client-per-hour:10}") int perClientPerHour,
      @Value("${terpadu.community.rate.per-village-per-hour:30}") int perVillagePerHour,
      @Value("${terpadu.community.rate.status-per-client-per-hour:120}") int statusPerClientPerHour,
      @Value("${terpadu.base-url:}") String baseUrl) {
    this.reports = reports;
    this.tokens = tokens;
    this.limiter = limiter;
    this.regions = regions;
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
    this.perClientPerHour = perClientPerHour;
    this.perVillagePerHour = perVillagePerHour;
    this.statusPerClientPerHour = statusPerClientPerHour;
    this.baseUrl = baseUrl;
  }

  /** A region's name and code: all the picker shows. */
  public record RegionName(String code, String name) {}

  /** The form token and the minimum fill time, for the page. */
  public record FormToken(String token, long minFillSeconds) {}

  /** A status as the reporter sees it. */
  public record StatusView(String status, String label) {}

  @Operation(summary = "Public: names of the regions below a region (provinces without parent); names and codes only")
  @GetMapping("/regions")
  public List<RegionName> regions(@RequestParam(required = false) String parent) {
    return (parent == null || parent.isBlank() ? regions.provinces() : regions.children(parent.trim())).stream()
        .map(r -> new RegionName(r.getCode(), r.getName())).toList();
  }

  @Operation(summary = "Public: a token for the report form (send it back in X-Form-Token)")
  @GetMapping("/report-form")
  public ResponseEntity<FormToken> formToken() {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(new FormToken(tokens.issue(), tokens.minFill().toSeconds()));
  }

  @Operation(summary = "Public: send a community report; it becomes a COMMUNITY complaint waiting for triage")
  @PostMapping("/reports")
  public ResponseEntity<PublicReports.Receipt> submit(HttpServletRequest request) {
    checkSameOrigin(request);
    PublicReportInput input = readBody(request);
    PublicRateLimiter.Verdict client = limiter.hit(limiter.clientBucket("report", request.getRemoteAddr()),
        perClientPerHour);
    if (!client.allowed()) {
      throw new RateLimited(client.retryAfterSeconds());
    }
    if (input.website() != null && !input.website().isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, SUBMISSION_REJECTED, "The submission was rejected.");
    }
    switch (tokens.check(request.getHeader(FORM_TOKEN_HEADER))) {
      case OK -> { }
      case TOO_FAST -> throw new ApiException(HttpStatus.BAD_REQUEST, FORM_TOO_FAST,
          "The form was sent too soon after it was opened.");
      case EXPIRED -> throw new ApiException(HttpStatus.BAD_REQUEST, FORM_TOKEN_EXPIRED,
          "The form token has expired; reload the page.");
      default -> throw new ApiException(HttpStatus.BAD_REQUEST, FORM_TOKEN_INVALID,
          "A valid form token (X-Form-Token from GET /api/public/report-form) is required.");
    }
    String village = reports.validate(input);
    PublicRateLimiter.Verdict villageLimit = limiter.hit(PublicRateLimiter.villageBucket(village), perVillagePerHour);
    if (!villageLimit.allowed()) {
      throw new RateLimited(villageLimit.retryAfterSeconds());
    }
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .body(reports.submit(input));
  }

  @Operation(summary = "Public: the status of a report by its tracking code (status only; 404 for any unknown code)")
  @GetMapping("/reports/{code}")
  public ResponseEntity<StatusView> status(@PathVariable String code, HttpServletRequest request) {
    PublicRateLimiter.Verdict client = limiter.hit(limiter.clientBucket("status", request.getRemoteAddr()),
        statusPerClientPerHour);
    if (!client.allowed()) {
      throw new RateLimited(client.retryAfterSeconds());
    }
    PublicStatus status = reports.status(code)
        .orElseThrow(() -> ApiException.notFound(REPORT_NOT_FOUND, "No report has this tracking code."));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(new StatusView(status.name(), status.label()));
  }

  /** 429 with Retry-After (seconds); the page shows its own message in Bahasa Indonesia. */
  @ExceptionHandler(RateLimited.class)
  ResponseEntity<ProblemDetail> rateLimited(RateLimited e, HttpServletRequest request) {
    ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED,
        "Too many reports from this address or for this village; try again later.", List.of());
    problem.setProperty("retryAfterSeconds", e.retryAfterSeconds);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** Refused by a rate limit until the current window ends. */
  static final class RateLimited extends RuntimeException {
    final long retryAfterSeconds;

    RateLimited(long retryAfterSeconds) {
      super(null, null, false, false);
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }

  /**
   * A browser always sends Origin with a POST from script; it must be this server (as the request reached it) or
   * {@code terpadu.base-url}. Without Origin, a Referer must match the same way; with neither the caller is no
   * browser and has no ambient authority to abuse (the form token and rate limits still apply).
   */
  private void checkSameOrigin(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    String source = origin != null ? origin : request.getHeader(HttpHeaders.REFERER);
    if (source == null) {
      return;
    }
    String sourceOrigin = originOf(source);
    String own = request.getScheme() + "://" + request.getServerName()
        + (defaultPort(request.getScheme(), request.getServerPort()) ? "" : ":" + request.getServerPort());
    if (sourceOrigin == null
        || !(sourceOrigin.equals(own.toLowerCase(Locale.ROOT)) || sourceOrigin.equals(originOf(baseUrl)))) {
      throw new ApiException(HttpStatus.FORBIDDEN, CROSS_ORIGIN, "Reports are accepted from Terpadu's own page only.");
    }
  }

  private static String originOf(String url) {
    if (url == null || url.isBlank() || url.equals("null")) {
      return null;
    }
    try {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
          + (port == -1 || defaultPort(scheme, port) ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean defaultPort(String scheme, int port) {
    return "http".equalsIgnoreCase(scheme) && port == 80 || "https".equalsIgnoreCase(scheme) && port == 443;
  }

  private PublicReportInput readBody(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
          "Send the report as application/json.");
    }
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > maxBodyBytes) {
          throw tooLarge();
        }
      }
      body = out.toByteArray();
    } catch (IOException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, "The body could not be read.");
    }
    try {
      PublicReportInput input = json.readValue(body, PublicReportInput.class);
      if (input == null) {
        throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, "The body is empty.");
      }
      return input;
    } catch (JsonProcessingException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, "The body is not valid JSON.");
    } catch (IOException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, "The body could not be read.");
    }
  }

  private ApiException tooLarge() {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
        "A report is at most " + maxBodyBytes + " bytes.");
  }
}
