package id.terpadu.lksa;

/** Kinds of child welfare institution (LKSA and related care settings), with the label users read. */
public enum InstitutionType {
  PANTI_ASUHAN("LKSA / panti asuhan"),
  RPSA("Rumah Perlindungan Sosial Anak (RPSA)"),
  RUMAH_AMAN("Rumah aman"),
  LKSA_DISABILITAS("LKSA anak penyandang disabilitas"),
  LPKS("Lembaga Penyelenggaraan Kesejahteraan Sosial (LPKS) anak berhadapan dengan hukum"),
  LAINNYA("Lainnya");

  private final String label;

  InstitutionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
