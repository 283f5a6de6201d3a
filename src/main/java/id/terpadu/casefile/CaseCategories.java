package id.terpadu.casefile;

import id.terpadu.region.CsvLineParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The unit's case categories (reference/case-categories.csv, shipped with the application), in the
 * order reports list them.
 */
@Component
public class CaseCategories {

  /** One category: stable code and its Bahasa Indonesia label. */
  public record Category(String code, String label) {}

  private final Map<String, Category> byCode;

  public CaseCategories() {
    this.byCode = Collections.unmodifiableMap(load("reference/case-categories.csv"));
  }

  public boolean isKnown(String code) {
    return code != null && byCode.containsKey(code);
  }

  public Optional<Category> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public List<Category> all() {
    return List.copyOf(byCode.values());
  }

  private static Map<String, Category> load(String resource) {
    Map<String, Category> categories = new LinkedHashMap<>();
    for (List<String> fields : CsvLineParser.readRows(resource)) { // code,label_id,label_en
      categories.put(fields.get(0), new Category(fields.get(0), fields.get(1)));
    }
    return categories;
  }
}
