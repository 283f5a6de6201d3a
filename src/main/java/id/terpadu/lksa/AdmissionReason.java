package id.terpadu.lksa;

/** Why a child is placed in an institution. */
public enum AdmissionReason {
  ORPHANED("Yatim/piatu/yatim piatu"),
  NEGLECT("Penelantaran"),
  VIOLENCE("Korban kekerasan"),
  POVERTY("Keluarga tidak mampu"),
  CONFLICT_WITH_LAW("Anak berhadapan dengan hukum"),
  DISABILITY("Disabilitas"),
  EMERGENCY("Penempatan darurat"),
  OTHER("Lainnya");

  private final String label;

  AdmissionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
