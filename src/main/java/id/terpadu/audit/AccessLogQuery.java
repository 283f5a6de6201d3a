package id.terpadu.audit;

import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * A validated access log query: optional user, case, person, time window ({@code from} inclusive, {@code to}
 * exclusive) and a page. Times are ISO-8601 with an offset ({@code 2026-03-02T08:00:00+07:00}) or dates,
 * which stand for whole days in WIB ({@code to=2026-03-02} includes that day).
 */
record AccessLogQuery(String userId, Long caseId, Long personId, Instant from, Instant to, int page, int size) {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;
  static final ZoneId DATE_ZONE = ZoneId.of("Asia/Jakarta");

  static AccessLogQuery parse(String user, Long caseId, Long personId, String from, String to, String page, String size) {
    List<FieldProblem> problems = new ArrayList<>();
    String userId = user == null || user.isBlank() ? null : user.trim();
    if (userId != null && userId.length() > 64) {
      problems.add(new FieldProblem("user", "LENGTH", "Id pengguna paling banyak 64 karakter."));
    }
    Instant start = time(from, false, "from", problems);
    Instant end = time(to, true, "to", problems);
    if (start != null && end != null && !start.isBefore(end)) {
      problems.add(new FieldProblem("to", "RANGE", "Waktu akhir harus sesudah waktu mulai."));
    }
    int parsedPage = number(page, 0, 0, 100_000, "page", "Nomor halaman harus bilangan bulat 0 atau lebih.",
        problems);
    int parsedSize = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "size",
        "Jumlah per halaman harus bilangan bulat 1–" + MAX_SIZE + ".", problems);
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new AccessLogQuery(userId, caseId, personId, start, end, parsedPage, parsedSize);
  }

  static AccessLogQuery ofCase(long caseId, String page, String size) {
    return parse(null, caseId, null, null, null, page, size);
  }

  Specification<AccessLogEntry> where() {
    List<Specification<AccessLogEntry>> all = new ArrayList<>();
    if (userId != null) {
      all.add((root, query, cb) -> cb.equal(root.get("userId"), userId));
    }
    if (caseId != null) {
      all.add((root, query, cb) -> cb.equal(root.get("caseId"), caseId));
    }
    if (personId != null) {
      all.add((root, query, cb) -> cb.equal(root.get("personId"), personId));
    }
    if (from != null) {
      all.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("at"), from));
    }
    if (to != null) {
      all.add((root, query, cb) -> cb.lessThan(root.get("at"), to));
    }
    return Specification.allOf(all);
  }

  private static Instant time(String raw, boolean end, String field, List<FieldProblem> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.trim();
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay(DATE_ZONE).toInstant();
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "FORMAT",
          "Isi tanggal (tttt-bb-hh) atau waktu ISO-8601 dengan zona, mis. 2026-03-02T08:00:00+07:00."));
      return null;
    }
  }

  private static int number(String raw, int defaultValue, int min, int max, String field, String message,
      List<FieldProblem> problems) {
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(raw.trim());
      if (n >= min && n <= max) {
        return n;
      }
      problems.add(new FieldProblem(field, "RANGE", message));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "FORMAT", message));
    }
    return defaultValue;
  }
}
