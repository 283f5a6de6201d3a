package id.terpadu.transfer;

/**
 * Published in the transaction that ends a transfer proposal: accepted or declined by the receiving unit, or
 * withdrawn by the sending unit. (An accepted transfer also publishes {@link CaseTransferred} first.) Ids and
 * codes only: the reason and the note are read on the transfer by those who may.
 */
public record CaseTransferDecided(long transferId, long caseId, String caseNumber, CaseTransferStatus status,
    String fromRegency, String toRegency, String proposedBy, String decidedBy) {}
