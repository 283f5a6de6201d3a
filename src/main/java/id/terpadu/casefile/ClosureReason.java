package id.terpadu.casefile;

/** Why a case was closed (stable codes used in the API, the process and reports; labels as users read them). */
public enum ClosureReason {
  GOALS_MET("tujuan layanan tercapai"),
  TRANSFERRED("dialihkan ke unit/lembaga lain"),
  MOVED_AWAY("anak pindah domisili"),
  AGED_OUT("anak sudah dewasa"),
  DECEASED("anak meninggal dunia"),
  FAMILY_REFUSED("keluarga menolak layanan"),
  NOT_A_CASE("bukan masalah perlindungan anak"),
  DUPLICATE("duplikat kasus yang masih terbuka");

  private final String label;

  ClosureReason(String label) {
    this.label = label;
  }

  /** The reason in Bahasa Indonesia, lower case, as it reads inside a sentence. */
  public String label() {
    return label;
  }
}
