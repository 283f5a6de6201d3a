package id.terpadu.access;

import id.terpadu.region.RegionLevel;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * A staff member's region scope: region codes at any level ({@code 35}, {@code 3504}, {@code 350401},
 * {@code 3504011001}). The one rule for every kind of regional record (see docs/adr/0012-region-scope-layer.md):
 * a record lies in scope when its most precise region code starts with one of the scope's codes. Malformed
 * codes match nothing, and an empty scope contains nothing, so a broken or missing scope never opens
 * everything.
 *
 * <p>The same rule exists twice, side by side: in Java for one record ({@link #contains(Regional)}) and as a
 * JPA predicate for lists, searches, reports and exports ({@link #specification()}), so paging and totals only
 * ever count records in scope.
 */
public record RegionScope(List<String> codes) {

  public RegionScope {
    codes = codes.stream().filter(RegionLevel::isValidCode).distinct().toList();
  }

  public static RegionScope of(Collection<String> codes) {
    return new RegionScope(List.copyOf(codes));
  }

  public boolean isEmpty() {
    return codes.isEmpty();
  }

  /** Whether a region code (any level) lies inside the scope. */
  public boolean contains(String regionCode) {
    return RegionLevel.isValidCode(regionCode) && codes.stream().anyMatch(regionCode::startsWith);
  }

  /** Whether the record lies inside the scope; a record without a region lies in no scope. */
  public boolean contains(Regional record) {
    return record != null && contains(record.regionCode());
  }

  /**
   * The scope as a query predicate on an entity with the {@link Regional} attributes {@code regencyCode},
   * {@code districtCode} and {@code villageCode}: a province scope matches the regency code by prefix, a
   * regency, district or village scope the code of its level by equality (indexable).
   */
  public <T extends Regional> Specification<T> specification() {
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      for (String code : codes) {
        any.add(switch (RegionLevel.ofCode(code)) {
          case PROVINCE -> cb.like(root.get("regencyCode"), code + "%");
          case REGENCY -> cb.equal(root.get("regencyCode"), code);
          case DISTRICT -> cb.equal(root.get("districtCode"), code);
          case VILLAGE -> cb.equal(root.get("villageCode"), code);
        });
      }
      return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    };
  }

  /**
   * The scope as SQL for native queries (reports, exports): a condition on the given regency, district and
   * village columns with the codes inlined. Codes are validated digits, so inlining them cannot inject SQL.
   */
  public String sqlCondition(String regencyColumn, String districtColumn, String villageColumn) {
    if (codes.isEmpty()) {
      return "1 = 0";
    }
    List<String> any = new ArrayList<>();
    for (String code : codes) {
      any.add(switch (RegionLevel.ofCode(code)) {
        case PROVINCE -> regencyColumn + " LIKE '" + code + "%'";
        case REGENCY -> regencyColumn + " = '" + code + "'";
        case DISTRICT -> districtColumn + " = '" + code + "'";
        case VILLAGE -> villageColumn + " = '" + code + "'";
      });
    }
    return "(" + String.join(" OR ", any) + ")";
  }
}
