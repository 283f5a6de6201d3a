package id.terpadu.reporting;

import id.terpadu.access.RegionScope;
import java.util.List;

/**
 * What one report request may count: the region scope to apply (the caller's scope, narrowed to the requested
 * regency or district), the period, and, with {@code groupBy=regency}, the regencies to give a row set each.
 *
 * @param regions the effective scope; every query of the report applies it ({@link RegionScope#sqlCondition})
 * @param regencies regency code → name, in code order, when the report is grouped by regency; empty otherwise
 */
public record ReportScope(String userId, RegionScope regions, ReportPeriod period, List<Regency> regencies) {

  public ReportScope {
    regencies = List.copyOf(regencies);
  }

  /** One regency of a grouped report. */
  public record Regency(String code, String name) {}

  public boolean byRegency() {
    return !regencies.isEmpty();
  }
}
