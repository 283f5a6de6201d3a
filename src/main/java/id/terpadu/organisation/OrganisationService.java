package id.terpadu.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts, their groups and their region scope. Users and groups live in Camunda's identity
 * service; the region scope, which Camunda cannot hold, lives in {@code staff_scope}.
 */
@Service
public class OrganisationService {

  private final IdentityService identity;
  private final StaffScopeRepository scopes;
  private final JdbcTemplate jdbc;

  public OrganisationService(IdentityService identity, StaffScopeRepository scopes, JdbcTemplate jdbc) {
    this.identity = identity;
    this.scopes = scopes;
    this.jdbc = jdbc;
  }

  /** Creates the group if it does not exist yet; returns whether it was created. */
  public boolean ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return false;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
    return true;
  }

  /** Creates the four unit groups of a regency's integrated unit. */
  public void ensureUnit(String regencyCode, String regencyName) {
    for (String role : Roles.UNIT_ROLES) {
      ensureGroup(Roles.unitGroup(role, regencyCode), Roles.roleName(role) + " " + regencyName,
          Roles.GROUP_TYPE_UNIT);
    }
  }

  /** Creates a partner agency's group. */
  public void ensureAgency(String agencyCode, String agencyName) {
    ensureGroup(Roles.agencyGroup(agencyCode), agencyName, Roles.GROUP_TYPE_AGENCY);
  }

  /** Gives a partner agency's group the agency's current name, creating the group if it is missing. */
  public void renameAgency(String agencyCode, String agencyName) {
    Group group = identity.createGroupQuery().groupId(Roles.agencyGroup(agencyCode)).singleResult();
    if (group == null) {
      ensureAgency(agencyCode, agencyName);
    } else if (!agencyName.equals(group.getName())) {
      group.setName(agencyName);
      identity.saveGroup(group);
    }
  }

  public boolean userExists(String userId) {
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  /**
   * Creates a staff account unless it exists; an existing account keeps its password and gets the account's
   * e-mail address only if it has none. Group memberships and scope entries are added when missing.
   */
  @Transactional
  public void ensureStaff(StaffAccount account, String initialPassword) {
    User existing = identity.createUserQuery().userId(account.userId()).singleResult();
    if (existing == null) {
      User user = identity.newUser(account.userId());
      user.setFirstName(account.firstName());
      user.setLastName(account.lastName());
      user.setEmail(account.email());
      user.setPassword(initialPassword);
      identity.saveUser(user);
    } else if ((existing.getEmail() == null || existing.getEmail().isBlank()) && account.email() != null) {
      existing.setEmail(account.email());
      identity.saveUser(existing);
    }
    for (String groupId : account.groups()) {
      if (identity.createUserQuery().userId(account.userId()).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(account.userId(), groupId);
      }
    }
    addScope(account.userId(), account.scope());
  }

  @Transactional
  public void addScope(String userId, Collection<String> regionCodes) {
    for (String code : regionCodes) {
      if (!scopes.existsById(new StaffScopeEntry.Key(userId, code))) {
        scopes.save(new StaffScopeEntry(userId, code));
      }
    }
  }

  @Transactional(readOnly = true)
  public List<String> scopeOf(String userId) {
    // Read on every request: one statement, without JPA's query translation and the auto-flush check of the
    // request's persistence context that a JPQL query brings.
    return List.copyOf(jdbc.queryForList(
        "SELECT region_code FROM staff_scope WHERE user_id = ? ORDER BY region_code", String.class, userId));
  }

  /**
   * Replaces a staff member's region scope with exactly these codes (validated by the caller). Takes effect
   * with the next request on every node: scopes are read from the database on each request.
   */
  @Transactional
  public void replaceScope(String userId, Collection<String> regionCodes) {
    Set<String> wanted = new LinkedHashSet<>(regionCodes);
    List<StaffScopeEntry> current = scopes.findByUserIdOrderByRegionCode(userId);
    scopes.deleteAll(current.stream().filter(e -> !wanted.contains(e.getRegionCode())).toList());
    scopes.flush();
    addScope(userId, wanted);
  }

  /** The scopes of several staff members at once: user id → region codes (absent: no scope). */
  @Transactional(readOnly = true)
  public Map<String, List<String>> scopesOf(Collection<String> userIds) {
    return userIds.isEmpty() ? Map.of() : scopes.findByUserIdInOrderByUserIdAscRegionCodeAsc(userIds).stream()
        .collect(Collectors.groupingBy(StaffScopeEntry::getUserId, LinkedHashMap::new,
            Collectors.mapping(StaffScopeEntry::getRegionCode, Collectors.toList())));
  }

  public List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).sorted().toList();
  }

  public long countMembers(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).count();
  }
}
