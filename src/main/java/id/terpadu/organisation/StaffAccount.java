package id.terpadu.organisation;

import java.util.List;

/** A staff account to create: identity, group memberships and region scope. */
public record StaffAccount(String userId, String firstName, String lastName, String email,
    List<String> groups, List<String> scope) {}
