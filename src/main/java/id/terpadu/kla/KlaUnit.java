package id.terpadu.kla;

/** What a KLA indicator measures, as {@code reference/kla/kla-indicators.csv} names it in its {@code unit} column. */
public enum KlaUnit {
  /** A share from 0 to 100, decimals allowed. */
  PERCENT("percent"),
  /** A whole number of zero or more. */
  COUNT("count"),
  /** Ya / Tidak. */
  YES_NO("yes/no"),
  /** A rate per 1000 live births (infant mortality): a number from 0 to 1000, decimals allowed. */
  PER_1000("per 1000 live births");

  private final String csvName;

  KlaUnit(String csvName) {
    this.csvName = csvName;
  }

  public static KlaUnit ofCsv(String value) {
    for (KlaUnit unit : values()) {
      if (unit.csvName.equals(value)) {
        return unit;
      }
    }
    throw new IllegalStateException("Unknown KLA indicator unit: " + value);
  }

  /** How forms and the page show the unit. */
  public String label() {
    return switch (this) {
      case PERCENT -> "persen (0–100)";
      case COUNT -> "jumlah";
      case YES_NO -> "ya/tidak";
      case PER_1000 -> "per 1.000 kelahiran hidup";
    };
  }
}
