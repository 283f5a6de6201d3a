package id.terpadu.vulnerable;

import java.time.Instant;
import java.util.List;

/** One row of the export log. */
public record ExportLogView(long id, String exportedBy, Instant exportedAt, String format, String purpose,
    String filters, int rowCount) {

  public record Page(List<ExportLogView> items, int page, int size, long total) {}

  static ExportLogView of(ExportLogEntry e) {
    return new ExportLogView(e.getId(), e.getExportedBy(), e.getExportedAt(), e.getFormat(), e.getPurpose(),
        e.getFilters(), e.getRowCount());
  }
}
