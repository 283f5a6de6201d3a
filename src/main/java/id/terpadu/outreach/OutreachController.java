package id.terpadu.outreach;

import id.terpadu.access.Caller;
import id.terpadu.organisation.Roles;
import id.terpadu.outreach.OutreachRounds.RoundInput;
import id.terpadu.outreach.OutreachVisits.Candidate;
import id.terpadu.outreach.OutreachVisits.Complaint;
import id.terpadu.outreach.OutreachVisits.Recorded;
import id.terpadu.outreach.OutreachVisits.VisitInput;
import id.terpadu.person.NikCheck;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outreach rounds and their visits (docs/adr/0022-outreach-rounds.md): supervisors plan rounds, team members record
 * visits from the phone page {@code /penjangkauan} (idempotent under the page's id) and turn findings into
 * complaints. Who may do what: {@link OutreachAccess}.
 */
@RestController
@RequestMapping("/api/outreach")
public class OutreachController {

  private final OutreachRounds rounds;
  private final OutreachVisits visits;
  private final RegionDirectory regions;

  public OutreachController(OutreachRounds rounds, OutreachVisits visits, RegionDirectory regions) {
    this.rounds = rounds;
    this.visits = visits;
    this.regions = regions;
  }

  private RoundView view(OutreachRound round) {
    return RoundView.of(round, round.getVillages().stream().sorted()
        .map(code -> new VillageView(code, regions.find(code).map(Region::getName).orElse(code))).toList());
  }

  @Operation(summary = "Plan an outreach round (the unit's supervisors): villages, period, team, focus")
  @PostMapping("/rounds")
  @ResponseStatus(HttpStatus.CREATED)
  public RoundView plan(@RequestBody RoundInput input) {
    return view(rounds.plan(input));
  }

  @Operation(summary = "The staff a supervisor may put on a round's team: caseworkers, intake officers and "
      + "supervisors of the units of their scope (supervisors only)")
  @GetMapping("/team-options")
  public List<OutreachRounds.TeamOption> teamOptions() {
    return rounds.teamOptions();
  }

  @Operation(summary = "Outreach rounds the caller reads (status OPEN or CLOSED): all of their region for "
      + "supervisors, heads and administrators, their own rounds for team members")
  @GetMapping("/rounds")
  public List<RoundView> list(@RequestParam(required = false) String status) {
    return rounds.list(status).stream().map(this::view).toList();
  }

  @Operation(summary = "One outreach round with its visits (404 outside the caller's region)")
  @GetMapping("/rounds/{id}")
  public RoundDetail round(@PathVariable long id) {
    OutreachRound round = rounds.get(id);
    boolean fullNik = seesFullNik();
    List<VisitView> recorded = visits.ofRound(id).stream().map(v -> VisitView.of(v, List.of(), fullNik)).toList();
    return new RoundDetail(view(round), RoundSummary.of(recorded), recorded);
  }

  @Operation(summary = "Record a visit under the page's id (UUID): 201 the first time, 200 with the same visit for "
      + "a resubmission, 409 VISIT_CLIENT_ID_CONFLICT for the same id with other content")
  @PutMapping("/visits/{clientId}")
  public ResponseEntity<VisitView> record(@PathVariable String clientId, @RequestBody VisitInput input) {
    Recorded recorded;
    try {
      recorded = visits.record(clientId, input);
    } catch (DataIntegrityViolationException sameIdAtOnce) {
      // The same id arrived twice at once (two nodes, a retry): the other request stored it; answer as a replay.
      recorded = visits.record(clientId, input);
    }
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view(recorded.visit()));
  }

  @Operation(summary = "One visit of a round, with registry candidates for children not yet linked")
  @GetMapping("/visits/{id}")
  public VisitView visit(@PathVariable long id) {
    return view(visits.get(id));
  }

  @Operation(summary = "Link child n of a visit to a registry person ({\"personId\":…}) or register it as a new "
      + "person ({\"personId\":null})")
  @PutMapping("/visits/{id}/children/{n}/person")
  public VisitView link(@PathVariable long id, @PathVariable int n, @RequestBody(required = false) LinkInput input) {
    return view(visits.link(id, n, input == null ? null : input.personId()));
  }

  @Operation(summary = "Turn the finding about child n of a visit into a complaint with channel OUTREACH (201), or "
      + "answer the case an earlier call opened (200)")
  @PostMapping("/visits/{id}/children/{n}/complaint")
  public ResponseEntity<Complaint> complaint(@PathVariable long id, @PathVariable int n,
      @RequestBody(required = false) ComplaintRequest request) {
    Complaint opened = visits.complaint(id, n, request == null ? null : request.category(),
        request == null ? null : request.childInDanger());
    return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK).body(opened);
  }

  private VisitView view(OutreachVisit visit) {
    return VisitView.of(visit, visit.getChildren().stream().map(c -> visits.candidates(visit, c)).toList(),
        seesFullNik());
  }

  /** As in the person registry (ADR 0013): the NIK whole for the front office and management, masked otherwise. */
  private static boolean seesFullNik() {
    return Caller.currentStaff().groupIds().stream().anyMatch(FULL_NIK_READERS::contains);
  }

  static final List<String> FULL_NIK_READERS = List.of(Roles.INTAKE, Roles.SUPERVISOR, Roles.HEAD);

  /** Body of the link call. */
  public record LinkInput(Long personId) {}

  /** Body of the complaint call (both optional: the child's or the round's category, not in danger). */
  public record ComplaintRequest(String category, Boolean childInDanger) {}

  /** A round as the API answers it. */
  public record RoundView(long id, String title, String regencyCode, List<VillageView> villages,
      LocalDate periodStart, LocalDate periodEnd, Set<String> members, List<FocusView> focus, String focusOther,
      String defaultCategory, OutreachRound.Status status, String summary, String createdBy, Instant createdAt,
      String closedBy, Instant closedAt) {
    static RoundView of(OutreachRound r, List<VillageView> villages) {
      return new RoundView(r.getId(), r.getTitle(), r.getRegencyCode(), villages, r.getPeriodStart(),
          r.getPeriodEnd(), r.getMembers(),
          r.getFocus().stream().sorted().map(f -> new FocusView(f, f.label())).toList(), r.getFocusOther(),
          r.defaultCategory(), r.getStatus(), r.getSummary(), r.getCreatedBy(), r.getCreatedAt(), r.getClosedBy(),
          r.getClosedAt());
    }
  }

  /** A target village with its name. */
  public record VillageView(String code, String name) {}

  /** A focus with its label. */
  public record FocusView(OutreachFocus code, String label) {}

  /** A round with its visits and their counts. */
  public record RoundDetail(RoundView round, RoundSummary summary, List<VisitView> visits) {}

  /** What a round's visits add up to. */
  public record RoundSummary(int visits, long villagesVisited, int childrenMet, long findingsNeedingAction,
      long complaints) {
    static RoundSummary of(List<VisitView> visits) {
      List<ChildView> children = visits.stream().flatMap(v -> v.children().stream()).toList();
      return new RoundSummary(visits.size(), visits.stream().map(VisitView::villageCode).distinct().count(),
          children.size(), children.stream().filter(ChildView::actionNeeded).count(),
          children.stream().filter(c -> c.caseId() != null).count());
    }
  }

  /** A visit as the API answers it. */
  public record VisitView(long id, String clientId, Long roundId, LocalDate visitDate, String villageCode,
      String notes, int childrenReached, List<ChildView> children, String createdBy, Instant createdAt) {
    static VisitView of(OutreachVisit v, List<List<Candidate>> candidates, boolean fullNik) {
      List<ChildMet> met = v.getChildren();
      List<ChildView> children = new ArrayList<>();
      for (int i = 0; i < met.size(); i++) {
        children.add(ChildView.of(i, met.get(i), i < candidates.size() ? candidates.get(i) : List.of(), fullNik));
      }
      return new VisitView(v.getId(), v.getClientId(), v.getRoundId(), v.getVisitDate(), v.getVillageCode(),
          v.getActivity(), v.getChildrenReached(), children, v.getCreatedBy(), v.getCreatedAt());
    }
  }

  /** A child met as the API answers it. */
  public record ChildView(int index, String name, int age, String sex, String nik, String findings,
      boolean actionNeeded, String category, Long personId, Long caseId, List<Candidate> candidates) {
    static ChildView of(int index, ChildMet c, List<Candidate> candidates, boolean fullNik) {
      String nik = c.getNik() == null || fullNik ? c.getNik() : NikCheck.mask(c.getNik());
      return new ChildView(index, c.getName(), c.getAge(), c.getSex(), nik, c.getFindings(),
          c.isActionNeeded(), c.getCategory(), c.getPersonId(), c.getCaseId(), candidates);
    }
  }
}
