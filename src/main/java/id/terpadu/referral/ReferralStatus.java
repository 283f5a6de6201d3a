package id.terpadu.referral;

/**
 * Where a referral stands, from sending to the caseworker's verification, with how users read it: as a
 * step in the case's timeline ("dikirim") and as the state a form lists ("menunggu jawaban mitra").
 */
public enum ReferralStatus {
  SENT("dikirim", "menunggu jawaban mitra"),
  ACCEPTED("diterima mitra", "diterima mitra"),
  DECLINED("ditolak mitra", "ditolak mitra, perlu dirujuk ulang"),
  SERVICE_REPORTED("layanan dilaporkan", "layanan dilaporkan, menunggu verifikasi"),
  VERIFIED("diverifikasi, selesai", "selesai"),
  CANCELLED("dibatalkan", "dibatalkan");

  private final String stepLabel;
  private final String stateLabel;

  ReferralStatus(String stepLabel, String stateLabel) {
    this.stepLabel = stepLabel;
    this.stateLabel = stateLabel;
  }

  /** The change to this status as a timeline step. */
  public String stepLabel() {
    return stepLabel;
  }

  /** A referral in this status, as a form lists it. */
  public String stateLabel() {
    return stateLabel;
  }
}
