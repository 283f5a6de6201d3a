package id.terpadu.transfer;

/** Where a case transfer stands: proposed by the sending unit, then decided by one side or the other. */
public enum CaseTransferStatus {
  /** The sending unit proposed it; the case is still the sending unit's. */
  PROPOSED,
  /** The receiving unit accepted it: the case moved. */
  ACCEPTED,
  /** The receiving unit declined it (with a note): the case stayed. */
  DECLINED,
  /** The sending unit withdrew it before a decision: the case stayed. */
  WITHDRAWN
}
