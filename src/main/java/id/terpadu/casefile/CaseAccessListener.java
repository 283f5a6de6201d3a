package id.terpadu.casefile;

import java.time.Instant;

/**
 * Told of every decision {@link CaseAccess} takes: one case read (allowed, 403 or 404) or one list query (its
 * filters and how many cases matched). The access log implements it next to its own data, so the case file
 * does not reach into it. Called in the request that asked, before the answer is sent.
 */
public interface CaseAccessListener {

  void decided(Decision decision);

  /** What {@link CaseAccess} decided. */
  enum Outcome {
    ALLOWED,
    /** 403: the role may not read it. */
    FORBIDDEN,
    /** 404: absent or outside the caller's region scope. */
    NOT_FOUND
  }

  /**
   * One decision: who, when, which case (null for a list), the list's filters and count (null for a case), and
   * the outcome. Ids and codes only: never a child's identity.
   */
  record Decision(Instant at, String userId, Long caseId, String filters, Long resultCount, Outcome outcome) {}
}
