package id.terpadu.notification;

import java.time.LocalDate;

/**
 * What a referral e-mail may say: the case number and the referral's target date. Not the service type
 * (a "visum" or "safe house" says too much about a child), not the agency's reasons or notes (free text).
 */
public record ReferralNotice(long referralId, String caseNumber, LocalDate targetDate) {}
