package id.terpadu.kla;

import id.terpadu.web.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Validation of KLA indicator values as a district (or the regency) submits them: percent 0–100, counts whole
 * numbers of zero or more, rates per 1000 from 0 to 1000, yes/no as "Ya" or "Tidak", every indicator of the
 * cluster filled in, and evidence uploaded for every indicator that needs it (not for a "Tidak"). Messages are
 * Bahasa Indonesia: the user reads them in Tasklist.
 */
public final class KlaValues {

  public static final String YES = "YA";
  public static final String NO = "TIDAK";

  /** The outcome: normalized values by indicator code (only when there are no problems) and the problems. */
  public record Checked(Map<String, String> values, List<FieldProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }

    /** All problems in one sentence each, as a listener error shows them. */
    public String message() {
      return String.join(" ", problems.stream().map(FieldProblem::message).toList());
    }
  }

  private KlaValues() {}

  /**
   * Checks the values of the given indicators.
   *
   * @param raw       the submitted value of an indicator, by its {@link KlaIndicator#variable()}
   * @param evidenced codes of the indicators that have at least one uploaded evidence file
   */
  public static Checked check(List<KlaIndicator> indicators, Function<String, Object> raw,
      Collection<String> evidenced) {
    Map<String, String> values = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (KlaIndicator indicator : indicators) {
      Object value = raw.apply(indicator.variable());
      FieldProblem problem = null;
      String normalized = null;
      try {
        normalized = normalize(indicator, value);
      } catch (Invalid e) {
        problem = new FieldProblem(indicator.variable(), e.code, e.getMessage());
      }
      if (problem == null && indicator.evidenceRequired() && !NO.equals(normalized)
          && !evidenced.contains(indicator.code())) {
        problem = new FieldProblem(indicator.variable(), "EVIDENCE_REQUIRED",
            "Bukti dukung " + indicator.code() + " wajib diunggah sebelum dikirim.");
      }
      if (problem != null) {
        problems.add(problem);
      } else {
        values.put(indicator.code(), normalized);
      }
    }
    return new Checked(problems.isEmpty() ? values : Map.of(), problems);
  }

  /**
   * One value in its stored form: a plain decimal ({@code 87.5}), a whole number ({@code 12}) or
   * {@value #YES}/{@value #NO}.
   *
   * @throws Invalid with a Bahasa Indonesia message when the value does not fit the unit
   */
  static String normalize(KlaIndicator indicator, Object value) {
    String code = indicator.code();
    if (value == null || value.toString().isBlank()) {
      throw new Invalid("REQUIRED", "Nilai " + code + " wajib diisi.");
    }
    if (indicator.unit() == KlaUnit.YES_NO) {
      String s = value.toString().trim().toUpperCase(java.util.Locale.ROOT);
      return switch (s) {
        case "YA", "YES", "TRUE" -> YES;
        case "TIDAK", "NO", "FALSE" -> NO;
        default -> throw new Invalid("FORMAT", "Nilai " + code + " harus Ya atau Tidak.");
      };
    }
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim()
          .replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new Invalid("FORMAT", "Nilai " + code + " harus berupa angka.");
    }
    switch (indicator.unit()) {
      case PERCENT -> {
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
          throw new Invalid("RANGE", "Nilai " + code + " adalah persentase: harus antara 0 dan 100.");
        }
      }
      case PER_1000 -> {
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(1000)) > 0) {
          throw new Invalid("RANGE", "Nilai " + code + " per 1.000 kelahiran hidup: harus antara 0 dan 1000.");
        }
      }
      case COUNT -> {
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
          throw new Invalid("RANGE", "Nilai " + code + " adalah jumlah: harus bilangan bulat 0 atau lebih.");
        }
        if (number.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
          throw new Invalid("RANGE", "Nilai " + code + " terlalu besar.");
        }
        return number.toBigIntegerExact().toString();
      }
      default -> throw new IllegalStateException();
    }
    if (number.stripTrailingZeros().scale() > 2) {
      throw new Invalid("FORMAT", "Nilai " + code + " paling banyak dua angka di belakang koma.");
    }
    return number.stripTrailingZeros().toPlainString();
  }

  /** A stored value as a number for scoring: yes = 1, no = 0. */
  public static BigDecimal numeric(String stored) {
    if (stored == null) {
      return null;
    }
    return switch (stored) {
      case YES -> BigDecimal.ONE;
      case NO -> BigDecimal.ZERO;
      default -> new BigDecimal(stored);
    };
  }

  /** How a stored value is shown to users. */
  public static String display(KlaIndicator indicator, String stored) {
    if (stored == null) {
      return "–";
    }
    return switch (indicator.unit()) {
      case YES_NO -> YES.equals(stored) ? "Ya" : "Tidak";
      case PERCENT -> stored.replace('.', ',') + " %";
      case PER_1000 -> stored.replace('.', ',') + " per 1.000";
      case COUNT -> stored;
    };
  }

  /** A value that does not fit its indicator. */
  static final class Invalid extends RuntimeException {
    final String code;

    Invalid(String code, String message) {
      super(message);
      this.code = code;
    }
  }
}
