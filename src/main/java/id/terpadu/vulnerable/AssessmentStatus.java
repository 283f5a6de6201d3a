package id.terpadu.vulnerable;

/** Where an entry's basic-needs assessment stands. */
public enum AssessmentStatus {
  /** No assessment started. */
  NONE("Belum diases"),
  /** The district officer records it (first time, or again after the province returned it). */
  RECORDING("Sedang dicatat"),
  /** Recorded; the province verifies it. */
  AWAITING_VERIFICATION("Menunggu verifikasi provinsi"),
  /** Verified by the province. */
  VERIFIED("Terverifikasi");

  private final String label;

  AssessmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static AssessmentStatus parse(String value) {
    for (AssessmentStatus status : values()) {
      if (status.name().equalsIgnoreCase(value.strip())) {
        return status;
      }
    }
    return null;
  }
}
