package id.terpadu.web;

/** Stable problem codes shared by every {@code /api} answer. */
public final class ProblemCodes {
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String CSRF_TOKEN_INVALID = "CSRF_TOKEN_INVALID";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
  public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
  public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
  public static final String CONFLICT = "CONFLICT";
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  /** 503: the database cannot be reached; nothing was stored (Retry-After). */
  public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

  private ProblemCodes() {}
}
