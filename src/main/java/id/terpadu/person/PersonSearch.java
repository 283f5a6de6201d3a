package id.terpadu.person;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * A validated person search: an exact NIK, or part of a name, or neither (every person of the caller's scope),
 * and a page. Every bad parameter gets a field message in Bahasa Indonesia.
 */
public record PersonSearch(String nik, String text, int page, int size, boolean includeMerged) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  static final int MIN_TEXT = 2;
  static final int MAX_TEXT = 100;

  public static PersonSearch parse(String nik, String q, String page, String size) {
    return parse(nik, q, page, size, null);
  }

  /** @param merged {@code true} to list records merged into another one too (default: not) */
  public static PersonSearch parse(String nik, String q, String page, String size, String merged) {
    List<FieldProblem> problems = new ArrayList<>();
    String parsedNik = trim(nik);
    if (parsedNik != null && !parsedNik.matches("[0-9]{16}")) {
      problems.add(new FieldProblem("nik", "FORMAT", "NIK harus 16 angka."));
    }
    String text = trim(q);
    if (text != null && (text.length() < MIN_TEXT || text.length() > MAX_TEXT)) {
      problems.add(new FieldProblem("q", "LENGTH",
          "Kata pencarian nama " + MIN_TEXT + "–" + MAX_TEXT + " karakter."));
    }
    if (parsedNik != null && text != null) {
      problems.add(new FieldProblem("q", "CONFLICT", "Cari dengan NIK atau dengan nama, tidak keduanya."));
    }
    int parsedPage = number(page, 0, 0, 100_000, "page", "Nomor halaman harus bilangan bulat 0 atau lebih.",
        problems);
    int parsedSize = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size",
        "Jumlah per halaman harus bilangan bulat 1–" + MAX_SIZE + ".", problems);
    String m = trim(merged);
    if (m != null && !m.equals("true") && !m.equals("false")) {
      problems.add(new FieldProblem("merged", "FORMAT", "Nilai merged harus true atau false."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new PersonSearch(parsedNik, text, parsedPage, parsedSize, "true".equals(m));
  }

  /**
   * The search as a query predicate (no NIK and no text: every person). A name search's predicate is its
   * prefilter: the name contains the text, or its name key shares a word key with the text; the matches are then
   * ranked ({@link SearchRank}). Merged records only when asked for.
   */
  Specification<Person> filters() {
    Specification<Person> merged = includeMerged ? (root, query, cb) -> cb.conjunction() : DuplicateFinder.notMerged();
    if (nik != null) {
      return merged.and((root, query, cb) -> cb.equal(root.get("nik"), nik));
    }
    if (text != null) {
      String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%";
      Specification<Person> contains = (root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\');
      var parts = NameMatcher.keyParts(text);
      return merged.and(parts.isEmpty() ? contains : contains.or(DuplicateFinder.keyMatches(parts)));
    }
    return merged;
  }

  /** The filters as the access log records them: codes only, never the NIK or name searched for. */
  String logged() {
    return (nik != null ? "nik=*&" : "") + (text != null ? "q=*&" : "") + (includeMerged ? "merged=true&" : "")
        + "page=" + page + "&size=" + size;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static int number(String raw, int fallback, int min, int max, String field, String message,
      List<FieldProblem> problems) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new FieldProblem(field, "FORMAT", message));
    return fallback;
  }
}
