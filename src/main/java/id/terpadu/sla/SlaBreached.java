package id.terpadu.sla;

import java.time.Instant;
import java.util.List;

/**
 * Published (inside the engine's transaction) when a task passes its deadline at an escalation level, for
 * whoever must be told: {@code notifyUsers} and {@code notifyGroups} name the recipients the escalation
 * table chose. Carries no child identity.
 */
public record SlaBreached(Long breachId, String taskId, String taskName, int level, String caseNumber,
    String regencyCode, Instant dueAt, List<String> notifyUsers, List<String> notifyGroups) {}
