package id.terpadu.lksa;

/** Accreditation grade of an institution (national accreditation board for social welfare institutions). */
public enum Accreditation {
  A("A (sangat baik)"),
  B("B (baik)"),
  C("C (cukup)"),
  NOT_ACCREDITED("Belum terakreditasi");

  private final String label;

  Accreditation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
