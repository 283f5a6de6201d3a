package id.terpadu.lksa;

/** Where a resident goes when the stay ends; {@link #FAMILY} starts the follow-up of the child's case. */
public enum DischargeDestination {
  FAMILY("Kembali ke keluarga"),
  KINSHIP("Keluarga besar/kerabat"),
  FOSTER_FAMILY("Keluarga asuh"),
  ADOPTION("Adopsi"),
  OTHER_LKSA("LKSA lain"),
  INDEPENDENT("Hidup mandiri"),
  RAN_AWAY("Melarikan diri"),
  DIED("Meninggal dunia"),
  OTHER("Lainnya");

  private final String label;

  DischargeDestination(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
