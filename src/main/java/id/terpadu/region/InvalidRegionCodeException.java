package id.terpadu.region;

/**
 * A region code that is malformed or at the wrong level. The message is in Bahasa Indonesia and may be
 * shown to users; it never repeats the rejected input.
 */
public class InvalidRegionCodeException extends IllegalArgumentException {

  static final String MALFORMED = "Kode wilayah harus terdiri dari 2, 4, 6 atau 10 angka.";

  private final String code;

  InvalidRegionCodeException(String code) {
    this(code, MALFORMED);
  }

  InvalidRegionCodeException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The rejected code, for logging by the caller (may be null). */
  public String code() {
    return code;
  }
}
