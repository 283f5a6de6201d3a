package id.terpadu.outreach;

/**
 * What an outreach round looks for. Each focus names the case category a finding of the round becomes by default
 * when a team member turns it into a complaint (reference/case-categories.csv).
 */
public enum OutreachFocus {
  NO_BIRTH_CERTIFICATE("Anak tanpa akta kelahiran", "KEPENDUDUKAN"),
  CHILD_LABOUR("Pekerja anak", "PEKERJA_ANAK"),
  OUT_OF_SCHOOL("Anak tidak sekolah", "PENDIDIKAN"),
  OTHER("Lainnya", "KESEJAHTERAAN_SOSIAL");

  private final String label;
  private final String defaultCategory;

  OutreachFocus(String label, String defaultCategory) {
    this.label = label;
    this.defaultCategory = defaultCategory;
  }

  public String label() {
    return label;
  }

  public String defaultCategory() {
    return defaultCategory;
  }
}
