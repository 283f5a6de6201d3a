package id.terpadu.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking codes of public reports: 12 characters drawn by a {@link SecureRandom} from an alphabet without
 * look-alikes (no 0/O, 1/I/L), shown as {@code XXXX-XXXX-XXXX} (about 59 bits; nothing to do with the case
 * number). Only the SHA-256 of the normalised code is stored, under a unique index: a high-entropy code needs no
 * slow hash, and a database leak does not reveal codes.
 */
public final class TrackingCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCodes() {}

  /** A new code, grouped for reading: {@code XXXX-XXXX-XXXX}. */
  public static String generate() {
    StringBuilder code = new StringBuilder(LENGTH + 2);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as typed, without separators and in upper case (malformed input stays malformed). */
  public static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    String s = typed.length() > 64 ? typed.substring(0, 64) : typed;
    return s.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /** SHA-256 (hex) of the normalised code: what the database stores and looks up. */
  public static String hash(String typed) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(("terpadu-report:" + normalise(typed)).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
