package id.terpadu.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How likely two person records describe the same person, from 0 to 100, with the reasons a user reads.
 * A pure function: the caller picks the candidates (e.g. by {@link NameMatcher#key}) and loads the facts.
 *
 * <ul>
 *   <li>Same NIK (16 digits on both records): 100, certain.
 *   <li>Name, up to {@value #NAME_POINTS} points: nothing below a {@link NameMatcher#similarity} of
 *       {@value #NAME_FLOOR}, rising linearly to the full points at 1 ("nama sama" at 1, "nama mirip" from
 *       {@link NameMatcher#STRONG_MATCH}, "nama agak mirip" from {@value #POSSIBLE_NAME}).
 *   <li>Birth date, up to {@value #BIRTH_DATE_POINTS}: same date {@value #BIRTH_DATE_POINTS}; day and month
 *       swapped (a common entry mistake, 05-11 for 11-05) {@value #SWAPPED_DATE_POINTS}; only the year the
 *       same {@value #SAME_YEAR_POINTS}.
 *   <li>Place, up to {@value #VILLAGE_POINTS}: same village {@value #VILLAGE_POINTS}; only the same
 *       district {@value #DISTRICT_POINTS}.
 *   <li>Both records are named and the names are not alike (similarity {@value #NAME_FLOOR} or less, "nama
 *       berbeda"): birth date and place count half, so two children born on the same day in the same
 *       village stay apart.
 *   <li>Both records have a different NIK: {@value #OTHER_NIK_PENALTY} points less (not zero: one of them
 *       may be mistyped, as a NIK has no check digit).
 * </ul>
 *
 * Missing facts add nothing; without the same NIK the score is at most 99. A score of {@value #LIKELY} or
 * more is a likely duplicate, {@value #POSSIBLE} or more a possible one.
 */
public final class DuplicateScore {

  public static final int LIKELY = 70;
  public static final int POSSIBLE = 50;

  static final int NAME_POINTS = 50;
  static final double NAME_FLOOR = 0.6;
  static final int BIRTH_DATE_POINTS = 30;
  static final int SWAPPED_DATE_POINTS = 20;
  static final int SAME_YEAR_POINTS = 10;
  static final int VILLAGE_POINTS = 20;
  static final int DISTRICT_POINTS = 10;
  static final int OTHER_NIK_PENALTY = 30;
  /** Name similarity from which "nama agak mirip" is reported. */
  static final double POSSIBLE_NAME = 0.8;

  public static final String SAME_NIK = "SAME_NIK";
  public static final String OTHER_NIK = "OTHER_NIK";
  public static final String SAME_NAME = "SAME_NAME";
  public static final String SIMILAR_NAME = "SIMILAR_NAME";
  public static final String DIFFERENT_NAME = "DIFFERENT_NAME";
  public static final String SAME_BIRTH_DATE = "SAME_BIRTH_DATE";
  public static final String SWAPPED_BIRTH_DATE = "SWAPPED_BIRTH_DATE";
  public static final String SAME_BIRTH_YEAR = "SAME_BIRTH_YEAR";
  public static final String SAME_VILLAGE = "SAME_VILLAGE";
  public static final String SAME_DISTRICT = "SAME_DISTRICT";

  /**
   * What is compared of one person record; every field may be null.
   *
   * @param districtCode six digits; when null it is taken from the village code
   * @param villageCode ten digits
   */
  public record Facts(String nik, String name, LocalDate birthDate, String districtCode, String villageCode) {

    String district() {
      if (districtCode != null && !districtCode.isBlank()) {
        return districtCode.trim();
      }
      return villageCode != null && villageCode.trim().length() >= 6 ? villageCode.trim().substring(0, 6) : null;
    }
  }

  /** One reason: {@code code} for machines, {@code message} for users. */
  public record Reason(String code, String message) {}

  /**
   * The outcome.
   *
   * @param score 0 to 100
   * @param certain true only when both records carry the same NIK
   * @param reasons what the score rests on, strongest first
   */
  public record Result(int score, boolean certain, List<Reason> reasons) {

    public Result {
      reasons = List.copyOf(reasons);
    }

    public boolean likely() {
      return score >= LIKELY;
    }

    public boolean possible() {
      return score >= POSSIBLE;
    }

    public List<String> reasonCodes() {
      return reasons.stream().map(Reason::code).toList();
    }

    public List<String> messages() {
      return reasons.stream().map(Reason::message).toList();
    }
  }

  private DuplicateScore() {}

  public static Result score(Facts a, Facts b) {
    String nikA = nik(a.nik());
    String nikB = nik(b.nik());
    if (nikA != null && nikA.equals(nikB)) {
      return new Result(100, true, List.of(new Reason(SAME_NIK, "NIK sama")));
    }
    List<Reason> reasons = new ArrayList<>();
    double points = 0;

    double name = NameMatcher.similarity(a.name(), b.name());
    if (name > NAME_FLOOR) {
      points += NAME_POINTS * (name - NAME_FLOOR) / (1 - NAME_FLOOR);
    }
    if (name == 1) {
      reasons.add(new Reason(SAME_NAME, "nama sama"));
    } else if (name >= NameMatcher.STRONG_MATCH) {
      reasons.add(new Reason(SIMILAR_NAME, "nama mirip"));
    } else if (name >= POSSIBLE_NAME) {
      reasons.add(new Reason(SIMILAR_NAME, "nama agak mirip"));
    }

    LocalDate da = a.birthDate();
    LocalDate db = b.birthDate();
    if (da != null && db != null) {
      if (da.equals(db)) {
        points += BIRTH_DATE_POINTS;
        reasons.add(new Reason(SAME_BIRTH_DATE, "tanggal lahir sama"));
      } else if (da.getYear() == db.getYear() && da.getDayOfMonth() == db.getMonthValue()
          && da.getMonthValue() == db.getDayOfMonth()) {
        points += SWAPPED_DATE_POINTS;
        reasons.add(new Reason(SWAPPED_BIRTH_DATE, "tanggal lahir sama bila tanggal dan bulan tertukar"));
      } else if (da.getYear() == db.getYear()) {
        points += SAME_YEAR_POINTS;
        reasons.add(new Reason(SAME_BIRTH_YEAR, "tahun lahir sama"));
      }
    }

    String villageA = code(a.villageCode());
    String districtA = code(a.district());
    String districtB = code(b.district());
    if (villageA != null && villageA.equals(code(b.villageCode()))) {
      points += VILLAGE_POINTS;
      reasons.add(new Reason(SAME_VILLAGE, "desa/kelurahan sama"));
    } else if (districtA != null && districtA.equals(districtB)) {
      points += DISTRICT_POINTS;
      reasons.add(new Reason(SAME_DISTRICT, "kecamatan sama"));
    }

    boolean bothNamed = !NameMatcher.normalise(a.name()).isEmpty() && !NameMatcher.normalise(b.name()).isEmpty();
    if (bothNamed && name <= NAME_FLOOR) {
      points /= 2;
      reasons.add(new Reason(DIFFERENT_NAME, "nama berbeda"));
    }
    if (nikA != null && nikB != null) {
      points -= OTHER_NIK_PENALTY;
      reasons.add(new Reason(OTHER_NIK, "NIK berbeda"));
    }
    int score = (int) Math.round(Math.max(0, Math.min(99, points)));
    return new Result(score, false, reasons);
  }

  private static String nik(String value) {
    String v = code(value);
    return v != null && v.length() == NikCheck.LENGTH_DIGITS ? v : null;
  }

  private static String code(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
