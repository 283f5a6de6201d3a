package id.terpadu.outreach;

import id.terpadu.access.AccessListener;
import id.terpadu.access.AccessListener.Decision;
import id.terpadu.access.AccessListener.Outcome;
import id.terpadu.access.Caller;
import id.terpadu.access.Callers;
import id.terpadu.access.RegionScope;
import id.terpadu.organisation.Roles;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may do what with outreach rounds and their visits (docs/adr/0022-outreach-rounds.md), in one place. Every
 * record lies in a region (ADR 0012): outside the caller's scope it does not exist (404). Within it, the unit's
 * supervisors plan rounds; supervisors, heads and administrators read every round; the round's team members read
 * their rounds and record visits and turn findings into complaints, as do the unit's supervisors; everybody else
 * gets 403. Decisions go to the {@link AccessListener}s (the access log) with ids only.
 */
@Component
public class OutreachAccess {

  public static final String ROUND_NOT_FOUND = "OUTREACH_ROUND_NOT_FOUND";
  public static final String VISIT_NOT_FOUND = "OUTREACH_VISIT_NOT_FOUND";
  static final List<String> READERS = List.of(Roles.SUPERVISOR, Roles.HEAD, Roles.ADMIN);

  /** The caller with the scope that applies (every province for administrators). */
  public record Actor(Caller caller, RegionScope scope) {

    public String userId() {
      return caller.userId();
    }

    boolean isSupervisor() {
      return caller.groupIds().contains(Roles.SUPERVISOR);
    }

    boolean readsEveryRound() {
      return caller.hasAnyRole(READERS);
    }
  }

  private final Callers callers;
  private final RegionDirectory regions;
  private final List<AccessListener> listeners;
  private final Clock clock;

  public OutreachAccess(Callers callers, RegionDirectory regions, List<AccessListener> listeners, Clock clock) {
    this.callers = callers;
    this.regions = regions;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** The caller of this request. */
  public Actor actor() {
    Caller caller = callers.current();
    RegionScope scope = caller.groupIds().contains(Roles.ADMIN)
        ? RegionScope.of(regions.provinces().stream().map(Region::getCode).toList())
        : caller.scope();
    return new Actor(caller, scope);
  }

  /** A supervisor who plans rounds; 403 for other roles. */
  public Actor planner() {
    Actor actor = actor();
    if (!actor.isSupervisor()) {
      tell(actor, "outreach:plan", null, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Only the unit's supervisors plan outreach rounds.");
    }
    return actor;
  }

  /** The round when the actor may read it: 404 outside the scope, 403 for a non-member who reads no rounds. */
  public OutreachRound readable(Actor actor, OutreachRound round, long id) {
    inScope(actor, round, "outreach:round:" + id);
    if (!actor.readsEveryRound() && !round.hasMember(actor.userId())) {
      tell(actor, "outreach:round:" + id, null, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Only the round's team and the unit's supervisors and head read this round.");
    }
    tell(actor, "outreach:round:" + id, null, Outcome.ALLOWED);
    return round;
  }

  /**
   * The round when the actor may record visits in it (or act on them): 404 outside the scope; 403 unless a team
   * member of the round or a supervisor of the unit.
   */
  public OutreachRound recordable(Actor actor, OutreachRound round, long id) {
    inScope(actor, round, "outreach:round:" + id);
    if (!round.hasMember(actor.userId()) && !actor.isSupervisor()) {
      tell(actor, "outreach:record:" + id, null, Outcome.FORBIDDEN);
      throw ApiException.forbidden("Only the round's team members and the unit's supervisors record its visits.");
    }
    tell(actor, "outreach:record:" + id, null, Outcome.ALLOWED);
    return round;
  }

  /** Whether the actor may read every round in scope (else only their own). */
  public boolean readsEveryRound(Actor actor) {
    return actor.readsEveryRound();
  }

  /** Records a list query and how many rows it answered. */
  public void listed(Actor actor, String filters, long count) {
    tell(actor, filters, count, Outcome.ALLOWED);
  }

  private void inScope(Actor actor, OutreachRound round, String what) {
    if (round == null || !actor.scope().contains(round)) {
      tell(actor, what, null, Outcome.NOT_FOUND);
      throw ApiException.notFound(ROUND_NOT_FOUND, "No such outreach round.");
    }
  }

  private void tell(Actor actor, String filters, Long count, Outcome outcome) {
    Decision decision = new Decision(clock.instant(), actor.userId(), null, null, filters, count, outcome);
    listeners.forEach(listener -> listener.decided(decision));
  }
}
