package id.terpadu.notification;

/**
 * What a transfer e-mail may say: the case number, the regencies it leaves and goes to, and the outcome. Not the
 * reason or the receiving unit's note (free text).
 */
public record TransferNotice(long transferId, String caseNumber, String fromRegencyName, String toRegencyName,
    boolean accepted) {}
