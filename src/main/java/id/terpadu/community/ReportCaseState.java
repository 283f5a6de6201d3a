package id.terpadu.community;

import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;

/** Where the case of a public report stands: status and stage, nothing else. */
public record ReportCaseState(CaseStatus status, CaseStage stage) {

  /** What the reporter is told: a stable code and its Indonesian label. */
  public PublicStatus publicStatus() {
    if (status == CaseStatus.CLOSED) {
      return PublicStatus.CLOSED;
    }
    return stage == CaseStage.TRIAGE ? PublicStatus.RECEIVED : PublicStatus.IN_PROGRESS;
  }

  /** The three statuses a reporter may see. */
  public enum PublicStatus {
    RECEIVED("Diterima, menunggu ditelaah petugas"),
    IN_PROGRESS("Sedang ditangani"),
    CLOSED("Selesai ditangani");

    private final String label;

    PublicStatus(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
