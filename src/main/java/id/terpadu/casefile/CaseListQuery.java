package id.terpadu.casefile;

import id.terpadu.person.Person;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * A validated case list request: optional filters (status, stage, one category, free text on the case
 * number, an imported case's spreadsheet number or the child's name, and whether only open imported cases that
 * nobody has taken up yet) and a page. Built from the query parameters as typed, so that every bad one gets a
 * field message in Bahasa Indonesia.
 */
public record CaseListQuery(CaseStatus status, CaseStage stage, String category, String text,
    boolean awaitingTakeUp, int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_TEXT = 100;

  /**
   * Validates the raw query parameters (null: not given).
   *
   * @throws ApiException {@code VALIDATION_FAILED} listing every invalid parameter
   */
  public static CaseListQuery parse(String status, String stage, String category, String q,
      String awaitingTakeUp, String page, String size, CaseCategories categories) {
    List<FieldProblem> problems = new ArrayList<>();
    CaseStatus parsedStatus = code(CaseStatus.class, status, "status", "Status kasus", problems);
    CaseStage parsedStage = code(CaseStage.class, stage, "stage", "Tahap kasus", problems);
    String parsedCategory = trim(category);
    if (parsedCategory != null && !categories.isKnown(parsedCategory)) {
      problems.add(new FieldProblem("category", "UNKNOWN_CODE",
          "Kategori kasus tidak dikenal: " + parsedCategory + "."));
    }
    String text = trim(q);
    if (text != null && text.length() > MAX_TEXT) {
      problems.add(new FieldProblem("q", "LENGTH", "Kata pencarian paling banyak " + MAX_TEXT + " karakter."));
    }
    boolean takeUp = false;
    String rawTakeUp = trim(awaitingTakeUp);
    if (rawTakeUp != null) {
      if (rawTakeUp.equals("true") || rawTakeUp.equals("false")) {
        takeUp = rawTakeUp.equals("true");
      } else {
        problems.add(new FieldProblem("awaitingTakeUp", "FORMAT", "Isian awaitingTakeUp harus true atau false."));
      }
    }
    int parsedPage = number(page, 0, 0, Integer.MAX_VALUE, "page",
        "Nomor halaman harus bilangan bulat 0 atau lebih.", problems);
    int parsedSize = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size",
        "Jumlah per halaman harus bilangan bulat 1–" + MAX_SIZE + ".", problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new CaseListQuery(parsedStatus, parsedStage, parsedCategory, text, takeUp, parsedPage, parsedSize);
  }

  /** The filters as a query predicate (no filter: every case). */
  public Specification<ChildCase> filters() {
    List<Specification<ChildCase>> all = new ArrayList<>();
    if (status != null) {
      all.add((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    if (stage != null) {
      all.add((root, query, cb) -> cb.equal(root.get("stage"), stage));
    }
    if (awaitingTakeUp) {
      all.add(awaitingTakeUpCases());
    }
    if (category != null) {
      all.add((root, query, cb) -> cb.isMember(category, root.<java.util.Collection<String>>get("categories")));
    }
    if (text != null) {
      String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
      all.add((root, query, cb) -> cb.or(
          cb.like(cb.lower(root.get("caseNumber")), pattern, '\\'),
          cb.like(cb.lower(root.get("sourceNumber")), pattern, '\\'),
          cb.like(cb.lower(child(root).get("name")), pattern, '\\')));
    }
    return Specification.allOf(all);
  }

  /** Open imported cases whose process has not started ({@link ChildCase#canBeTakenUp}), as a query. */
  static Specification<ChildCase> awaitingTakeUpCases() {
    return (root, query, cb) -> cb.and(cb.isTrue(root.get("historical")), cb.equal(root.get("status"), CaseStatus.OPEN),
        cb.isNull(root.get("processInstanceId")));
  }

  /** The case's child, joined once (left: many cases have no known child) and shared by select and filter. */
  @SuppressWarnings("unchecked")
  static Join<ChildCase, Person> child(From<?, ChildCase> root) {
    return root.getJoins().stream().filter(j -> j.getAttribute().getName().equals("child"))
        .map(j -> (Join<ChildCase, Person>) j).findFirst()
        .orElseGet(() -> root.join("child", JoinType.LEFT));
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static <E extends Enum<E>> E code(Class<E> type, String raw, String field, String label,
      List<FieldProblem> problems) {
    String value = trim(raw);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "UNKNOWN_CODE", label + " tidak dikenal. Pilihan: "
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + "."));
      return null;
    }
  }

  private static int number(String raw, int defaultValue, int min, int max, String field, String message,
      List<FieldProblem> problems) {
    String value = trim(raw);
    if (value == null) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
      problems.add(new FieldProblem(field, "RANGE", message));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "FORMAT", message));
    }
    return defaultValue;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * The query as the access log records it: codes, page and size; a text search only as {@code q=*}, since
   * the text may be a child's name.
   */
  public String auditFilters() {
    List<String> parts = new ArrayList<>();
    if (status != null) {
      parts.add("status=" + status);
    }
    if (stage != null) {
      parts.add("stage=" + stage);
    }
    if (category != null) {
      parts.add("category=" + category);
    }
    if (text != null) {
      parts.add("q=*");
    }
    if (awaitingTakeUp) {
      parts.add("awaitingTakeUp=true");
    }
    parts.add("page=" + page);
    parts.add("size=" + size);
    return String.join("&", parts);
  }
}
