package id.terpadu.importing;

import id.terpadu.web.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header of an import file checked against a kind's columns: names are matched trimmed and
 * case-insensitively, in any order; every required column must be there, and no column may be unknown or
 * appear twice.
 */
public final class ImportColumns {

  private final List<String> names;
  private final Map<String, Integer> index;

  private ImportColumns(List<String> names) {
    this.names = List.copyOf(names);
    this.index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
  }

  /**
   * The header's columns, when they fit the kind.
   *
   * @throws ImportFileException listing every problem of the header
   */
  public static ImportColumns of(List<String> header, List<String> required, List<String> optional) {
    List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    Set<String> known = new LinkedHashSet<>(required);
    known.addAll(optional);
    if (names.stream().noneMatch(known::contains)) {
      throw new ImportFileException(ImportFileException.HEADER_MISSING, "Baris pertama berkas harus berisi"
          + " judul kolom, dipisah koma atau titik koma. Kolom wajib: " + String.join(", ", required)
          + "; kolom tambahan: " + String.join(", ", optional) + ".");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String name : names) {
      if (!seen.add(name)) {
        duplicates.add(name);
      }
      if (!known.contains(name)) {
        unknown.add(name.isEmpty() ? "(tanpa nama)" : name);
      }
    }
    List<String> missing = required.stream().filter(r -> !seen.contains(r)).toList();
    if (!missing.isEmpty()) {
      problems.add(new FieldProblem("file", ImportFileException.COLUMN_MISSING,
          "Kolom wajib tidak ada: " + String.join(", ", missing) + "."));
    }
    if (!unknown.isEmpty()) {
      problems.add(new FieldProblem("file", ImportFileException.COLUMN_UNKNOWN, "Kolom tidak dikenal: "
          + String.join(", ", unknown) + ". Kolom yang dikenal: " + String.join(", ", known) + "."));
    }
    if (!duplicates.isEmpty()) {
      problems.add(new FieldProblem("file", ImportFileException.COLUMN_DUPLICATE,
          "Kolom muncul lebih dari sekali: " + String.join(", ", duplicates) + "."));
    }
    if (!problems.isEmpty()) {
      throw new ImportFileException(problems);
    }
    return new ImportColumns(names);
  }

  /** The column names in file order (normalised). */
  public List<String> names() {
    return names;
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /**
   * The value of a column in a record, stripped of surrounding white space; null when the column is absent or
   * the value is empty. The record must have as many fields as the header.
   */
  public String value(CsvReader.Record record, String column) {
    Integer i = index.get(column);
    if (i == null || i >= record.fields().size()) {
      return null;
    }
    String value = record.fields().get(i).strip();
    return value.isEmpty() ? null : value;
  }

  /** A message when the record's field count differs from the header's; null when it fits. */
  public String fieldCountProblem(CsvReader.Record record) {
    int n = record.fields().size();
    return n == names.size() ? null
        : "Baris ini berisi " + n + " kolom, seharusnya " + names.size() + " sesuai judul kolom.";
  }
}
