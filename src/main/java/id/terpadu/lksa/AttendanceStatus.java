package id.terpadu.lksa;

/** A resident's attendance on one day. Every status counts as a recorded resident-day. */
public enum AttendanceStatus {
  PRESENT("Hadir"),
  SICK("Sakit"),
  LEAVE("Izin/pulang sementara"),
  ABSENT("Tidak hadir tanpa keterangan");

  private final String label;

  AttendanceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
