package id.terpadu.access;

import java.time.Instant;

/**
 * Told of every read decision the access components take ({@code casefile.CaseAccess},
 * {@code person.PersonAccess}): one record read (allowed, 403 or 404) or one list query (its filters and how
 * many records matched). The access log implements it next to its own data. Called in the request that asked,
 * before the answer is sent.
 */
public interface AccessListener {

  void decided(Decision decision);

  /** What was decided. */
  enum Outcome {
    ALLOWED,
    /** 403: the role may not read it. */
    FORBIDDEN,
    /** 404: absent or outside the caller's region scope. */
    NOT_FOUND
  }

  /**
   * One decision: who, when, which case or person (both null for a list), the list's filters and count (null
   * for one record), and the outcome. Ids and codes only: never a child's identity.
   */
  record Decision(Instant at, String userId, Long caseId, Long personId, String filters, Long resultCount,
      Outcome outcome) {}
}
