package id.terpadu.community;

/**
 * A report as the public page sends it: what happened, where (village code), the case category the reporter
 * chose, whether the child is in danger now, and optionally who they are. {@code website} is the hidden honeypot
 * field: people never see it, so it must stay empty.
 */
public record PublicReportInput(String description, String villageCode, String category, Boolean childInDanger,
    Boolean anonymous, String contactName, String contactPhone, String relation, String website) {}
