package id.terpadu.community;

/** Kinds of prevention activity (stable codes used in the API and the report) and their Indonesian labels. */
public enum ActivityKind {
  SOCIALISATION("Sosialisasi"),
  PARENTING_CLASS("Kelas pengasuhan"),
  SCHOOL_VISIT("Kunjungan sekolah"),
  OTHER("Lainnya");

  private final String label;

  ActivityKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
