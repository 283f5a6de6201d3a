package id.terpadu.vulnerable;

/** Whether a person is in the social-welfare data (DTKS), as the DTKS matching file says. */
public enum DtksStatus {
  IN_DTKS("Terdaftar di DTKS"),
  NOT_IN_DTKS("Tidak terdaftar di DTKS"),
  /** No NIK, or the NIK could not be matched. */
  NOT_IDENTIFIABLE("Tidak dapat diidentifikasi");

  private final String label;

  DtksStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status of a code, case-insensitive; null when unknown. */
  static DtksStatus parse(String value) {
    if (value == null) {
      return null;
    }
    for (DtksStatus status : values()) {
      if (status.name().equalsIgnoreCase(value.strip())) {
        return status;
      }
    }
    return null;
  }
}
