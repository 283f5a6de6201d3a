package id.terpadu.reporting;

import java.util.List;
import java.util.stream.IntStream;

/** The years a report covers, both inclusive (cases by year of receipt, visits by year of the visit). */
public record ReportPeriod(int fromYear, int toYear) {

  /** The earliest year a report may ask for (history imported from spreadsheets reaches back that far). */
  public static final int EARLIEST = 1990;
  /** The most years one report covers. */
  public static final int MAX_YEARS = 50;

  public ReportPeriod {
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear after toYear");
    }
  }

  public List<Integer> years() {
    return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
  }
}
