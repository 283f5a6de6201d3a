package id.terpadu.outreach;

import id.terpadu.casefile.CaseCategories;
import id.terpadu.casefile.Channel;
import id.terpadu.intake.ComplaintInput;
import id.terpadu.intake.IntakeService;
import id.terpadu.outreach.OutreachAccess.Actor;
import id.terpadu.person.DuplicateFinder;
import id.terpadu.person.DuplicatePolicy;
import id.terpadu.person.DuplicateScore;
import id.terpadu.person.Person;
import id.terpadu.person.PersonInput;
import id.terpadu.person.PersonRegistration;
import id.terpadu.person.PersonRepository;
import id.terpadu.process.Privileged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits of outreach rounds: recorded idempotently under the id the phone page generated (the same id with the same
 * content is the same visit; with other content it is refused with 409), children met matched against the person
 * registry (ADR 0013), and a finding turned into a complaint with channel {@code OUTREACH} with one click
 * (docs/adr/0022-outreach-rounds.md).
 */
@Service
public class OutreachVisits {

  public static final String CLIENT_ID_CONFLICT = "VISIT_CLIENT_ID_CONFLICT";
  public static final String ROUND_CLOSED = "OUTREACH_ROUND_CLOSED";
  public static final String CHILD_NOT_FOUND = "OUTREACH_CHILD_NOT_FOUND";
  public static final String NO_ACTION_NEEDED = "FINDING_NEEDS_NO_ACTION";
  static final int MAX_CHILDREN = 50;
  private static final Pattern UUID_FORMAT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern NIK = Pattern.compile("\\d{16}");

  /** A visit as submitted by the page, every field as typed. */
  public record VisitInput(Long roundId, String visitDate, String villageCode, String notes,
      List<ChildInput> children) {}

  /** A child met, as submitted. */
  public record ChildInput(String name, Integer age, String sex, String nik, String findings, Boolean actionNeeded,
      String category) {}

  /** A recorded visit and whether this call created it (false: a resubmission answered with the same visit). */
  public record Recorded(OutreachVisit visit, boolean created) {}

  /** The case a finding became and whether this call opened it (false: the case opened by an earlier click). */
  public record Complaint(long caseId, String caseNumber, boolean created) {}

  /** A possible registry match for a child left unlinked. */
  public record Candidate(long personId, String name, int score) {}

  private final OutreachVisitRepository visits;
  private final OutreachRoundRepository rounds;
  private final OutreachAccess access;
  private final PersonRegistration registration;
  private final PersonRepository persons;
  private final DuplicateFinder duplicates;
  private final IntakeService intake;
  private final CaseCategories categories;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  public OutreachVisits(OutreachVisitRepository visits, OutreachRoundRepository rounds, OutreachAccess access,
      PersonRegistration registration, PersonRepository persons, DuplicateFinder duplicates, IntakeService intake,
      CaseCategories categories, RuntimeService runtime, IdentityService identity, Clock clock) {
    this.visits = visits;
    this.rounds = rounds;
    this.access = access;
    this.registration = registration;
    this.persons = persons;
    this.duplicates = duplicates;
    this.intake = intake;
    this.categories = categories;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * Records the visit under the page's id, or answers the visit already recorded under it.
   *
   * @throws ApiException 400 for a malformed id or invalid fields (nothing stored), 404 for a round outside the
   *     caller's scope, 403 for a caller outside the round's team, 409 {@value #CLIENT_ID_CONFLICT} for a
   *     resubmission with other content, 409 {@value #ROUND_CLOSED} for a new visit of a closed round
   */
  @Transactional
  public Recorded record(String clientId, VisitInput in) {
    if (clientId == null || !UUID_FORMAT.matcher(clientId).matches()) {
      throw ApiException.validation(List.of(new FieldProblem("clientId", "FORMAT",
          "Id kunjungan harus UUID (dibuat oleh halaman).")));
    }
    String id = clientId.toLowerCase();
    Actor actor = access.actor();
    Optional<OutreachVisit> earlier = visits.findByClientId(id);
    if (earlier.isPresent()) {
      OutreachVisit visit = earlier.get();
      access.recordable(actor, rounds.findById(visit.getRoundId()).orElse(null), visit.getRoundId());
      if (!visit.getContentHash().equals(hash(in))) {
        throw ApiException.conflict(CLIENT_ID_CONFLICT,
            "A different visit was already recorded under this client id; generate a new id for a new visit.");
      }
      return new Recorded(visit, false);
    }
    if (in.roundId() == null) {
      throw ApiException.validation(List.of(new FieldProblem("roundId", "REQUIRED", "Pilih putaran penjangkauan.")));
    }
    OutreachRound round = access.recordable(actor, rounds.findById(in.roundId()).orElse(null), in.roundId());
    if (!round.isOpen()) {
      throw ApiException.conflict(ROUND_CLOSED, "The outreach round is closed; no more visits are recorded in it.");
    }
    Validated valid = validate(in, round);
    OutreachVisit visit = visits.saveAndFlush(OutreachVisit.inRound(round, id, hash(in), valid.date(),
        valid.village(), valid.notes(), valid.children(), actor.userId(), clock.instant()));
    for (ChildMet child : visit.getChildren()) {
      match(child, visit.getVillageCode(), actor.userId());
    }
    boolean findings = visit.getChildren().stream().anyMatch(ChildMet::isActionNeeded);
    if (round.getProcessInstanceId() != null) {
      Privileged.asApplication(identity, () -> runtime.createMessageCorrelation(OutreachRounds.VISIT_MESSAGE)
          .processInstanceId(round.getProcessInstanceId())
          .setVariable("visitId", visit.getId())
          .setVariable("visitWithFindings", findings)
          .correlateWithResult());
    }
    return new Recorded(visit, true);
  }

  /** One visit of a round the caller may record in (404 outside the scope or not a round's visit). */
  @Transactional(readOnly = true)
  public OutreachVisit get(long visitId) {
    OutreachVisit visit = visits.findById(visitId).filter(v -> v.getRoundId() != null)
        .orElseThrow(() -> ApiException.notFound(OutreachAccess.VISIT_NOT_FOUND, "No such outreach visit."));
    access.readable(access.actor(), rounds.findById(visit.getRoundId()).orElse(null), visit.getRoundId());
    return visit;
  }

  /** The visits of a round the caller reads. */
  @Transactional(readOnly = true)
  public List<OutreachVisit> ofRound(long roundId) {
    Actor actor = access.actor();
    access.readable(actor, rounds.findById(roundId).orElse(null), roundId);
    List<OutreachVisit> found = visits.findByRoundIdOrderByVisitDateAscIdAsc(roundId);
    found.forEach(v -> v.getChildren().size());
    return found;
  }

  /** Possible registry matches of an unlinked child, in the caller's scope (empty when linked). */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(OutreachVisit visit, ChildMet child) {
    if (child.getPersonId() != null) {
      return List.of();
    }
    Actor actor = access.actor();
    return duplicates.candidates(new DuplicateScore.Facts(child.getNik(), child.getName(), null, null,
            visit.getVillageCode()), actor.scope().<Person>specification(), null).stream()
        .map(c -> new Candidate(c.person().getId(), c.person().getName(), c.result().score())).toList();
  }

  /**
   * Links an unlinked child to a registry person in the caller's scope ({@code personId}), or registers it as a
   * new person after the caller saw the candidates ({@code personId} null).
   */
  @Transactional
  public OutreachVisit link(long visitId, int n, Long personId) {
    OutreachVisit visit = visits.lockById(visitId).filter(v -> v.getRoundId() != null)
        .orElseThrow(() -> ApiException.notFound(OutreachAccess.VISIT_NOT_FOUND, "No such outreach visit."));
    Actor actor = access.actor();
    access.recordable(actor, rounds.findById(visit.getRoundId()).orElse(null), visit.getRoundId());
    ChildMet child = child(visit, n);
    if (personId != null) {
      Person person = persons.findById(personId).filter(p -> actor.scope().contains(p))
          .orElseThrow(() -> ApiException.notFound("PERSON_NOT_FOUND", "No such person."));
      child.linkPerson(person.getId());
    } else if (child.getPersonId() == null) {
      PersonRegistration.Result result = registration.register(personInput(child, visit.getVillageCode()),
          actor.userId(), actor.scope(), DuplicatePolicy.CONFIRMED_NEW);
      child.linkPerson(result.person() != null ? result.person().getId() : result.existingId());
    }
    visits.saveAndFlush(visit);
    return visit;
  }

  /**
   * Turns the finding about child {@code n} of the visit into a complaint with channel {@code OUTREACH} waiting for
   * triage in the village's unit, or answers the case an earlier click opened.
   */
  @Transactional
  public Complaint complaint(long visitId, int n, String category, Boolean childInDanger) {
    OutreachVisit visit = visits.lockById(visitId).filter(v -> v.getRoundId() != null)
        .orElseThrow(() -> ApiException.notFound(OutreachAccess.VISIT_NOT_FOUND, "No such outreach visit."));
    Actor actor = access.actor();
    OutreachRound round = access.recordable(actor, rounds.findById(visit.getRoundId()).orElse(null),
        visit.getRoundId());
    ChildMet child = child(visit, n);
    if (child.getCaseId() != null) {
      return new Complaint(child.getCaseId(), null, false);
    }
    if (!child.isActionNeeded()) {
      throw ApiException.conflict(NO_ACTION_NEEDED, "This child's findings were recorded as needing no action.");
    }
    String code = OutreachRounds.trim(category);
    if (code == null) {
      code = child.getCategory() != null ? child.getCategory() : round.defaultCategory();
    } else if (!categories.isKnown(code)) {
      throw ApiException.validation(List.of(new FieldProblem("category", "UNKNOWN_CODE",
          "Kategori kasus tidak dikenal: " + code + ".")));
    }
    String nik = child.getNik();
    ComplaintInput input = new ComplaintInput(Channel.OUTREACH.name(), false,
        new ComplaintInput.ReporterInput("Tim penjangkauan (" + actor.userId() + ")", null, "Petugas penjangkauan"),
        new ComplaintInput.ChildInput(child.getName(), child.getSex(), null, nik), visit.getVillageCode(), null,
        "Temuan penjangkauan \"" + round.getTitle() + "\", kunjungan " + visit.getVisitDate() + ": "
            + child.getFindings(),
        List.of(code), Boolean.TRUE.equals(childInDanger));
    IntakeService.Registered registered = Privileged.asApplication(identity, () -> child.getPersonId() != null
        ? intake.registerForPerson(input, actor.caller(), child.getPersonId())
        : intake.register(input, actor.caller()));
    child.linkCase(registered.caseId());
    visits.saveAndFlush(visit);
    return new Complaint(registered.caseId(), registered.caseNumber(), true);
  }

  private static ChildMet child(OutreachVisit visit, int n) {
    if (n < 0 || n >= visit.getChildren().size()) {
      throw ApiException.notFound(CHILD_NOT_FOUND, "The visit has no child entry " + n + ".");
    }
    return visit.getChildren().get(n);
  }

  /**
   * The registry match on submission: a NIK already registered links that person; otherwise the child is
   * registered unless the duplicate check finds possible matches (then it stays unlinked and the page shows them).
   * Data the registry refuses leaves the child unlinked too.
   */
  private void match(ChildMet child, String village, String userId) {
    try {
      PersonRegistration.Result result = registration.register(personInput(child, village), userId,
          DuplicatePolicy.REJECT_POSSIBLE);
      switch (result.outcome()) {
        case CREATED -> child.linkPerson(result.person().getId());
        case NIK_EXISTS -> child.linkPerson(result.existingId());
        default -> { }
      }
    } catch (ApiException refused) {
      // Left unlinked: the caseworker links or registers the child later.
    }
  }

  private static PersonInput personInput(ChildMet child, String village) {
    return new PersonInput(child.getNik(), null, child.getName(), child.getSex(), null, null, village, null, null,
        null, null, null);
  }

  record Validated(LocalDate date, String village, String notes, List<ChildMet> children) {}

  Validated validate(VisitInput in, OutreachRound round) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = OutreachRounds.date(in.visitDate(), "visitDate", "Tanggal kunjungan", problems);
    if (date != null && (date.isBefore(round.getPeriodStart()) || date.isAfter(round.getPeriodEnd()))) {
      problems.add(new FieldProblem("visitDate", "OUTSIDE_PERIOD", "Tanggal kunjungan harus dalam periode putaran ("
          + round.getPeriodStart() + " s.d. " + round.getPeriodEnd() + ")."));
    } else if (date != null && date.isAfter(LocalDate.now(clock.withZone(UnitTimeZones.WIB)))) {
      problems.add(new FieldProblem("visitDate", "DATE_IN_FUTURE", "Tanggal kunjungan tidak boleh di masa depan."));
    }
    String village = OutreachRounds.trim(in.villageCode());
    if (village == null) {
      problems.add(new FieldProblem("villageCode", "REQUIRED", "Pilih desa yang dikunjungi."));
    } else if (!round.getVillages().contains(village)) {
      problems.add(new FieldProblem("villageCode", "NOT_IN_ROUND", "Desa ini bukan sasaran putaran ini."));
    }
    String notes = OutreachRounds.trim(in.notes());
    if (notes != null && notes.length() > OutreachVisit.MAX_ACTIVITY) {
      problems.add(new FieldProblem("notes", "LENGTH", "Catatan kunjungan paling banyak " + OutreachVisit.MAX_ACTIVITY
          + " karakter."));
    }
    List<ChildMet> children = new ArrayList<>();
    List<ChildInput> given = in.children() == null ? List.of() : in.children();
    if (given.size() > MAX_CHILDREN) {
      problems.add(new FieldProblem("children", "TOO_MANY", "Paling banyak " + MAX_CHILDREN + " anak per kunjungan."));
      given = List.of();
    }
    for (int i = 0; i < given.size(); i++) {
      ChildInput c = given.get(i) == null ? new ChildInput(null, null, null, null, null, null, null) : given.get(i);
      String f = "children[" + i + "].";
      int before = problems.size();
      String name = OutreachRounds.trim(c.name());
      if (name == null) {
        problems.add(new FieldProblem(f + "name", "REQUIRED", "Nama anak wajib diisi."));
      } else if (name.length() > ChildMet.MAX_NAME) {
        problems.add(new FieldProblem(f + "name", "LENGTH", "Nama anak paling banyak " + ChildMet.MAX_NAME
            + " karakter."));
      }
      if (c.age() == null) {
        problems.add(new FieldProblem(f + "age", "REQUIRED", "Umur anak wajib diisi."));
      } else if (c.age() < 0 || c.age() > 17) {
        problems.add(new FieldProblem(f + "age", "NOT_A_CHILD", "Umur anak harus 0–17 tahun."));
      }
      String sex = OutreachRounds.trim(c.sex());
      if (sex == null) {
        problems.add(new FieldProblem(f + "sex", "REQUIRED", "Jenis kelamin anak wajib diisi: L atau P."));
      } else if (!sex.equals("L") && !sex.equals("P")) {
        problems.add(new FieldProblem(f + "sex", "UNKNOWN_CODE", "Jenis kelamin anak harus L atau P."));
      }
      String nik = OutreachRounds.trim(c.nik());
      if (nik != null && !NIK.matcher(nik).matches()) {
        problems.add(new FieldProblem(f + "nik", "FORMAT", "NIK anak harus 16 angka."));
      }
      String findings = OutreachRounds.trim(c.findings());
      boolean action = Boolean.TRUE.equals(c.actionNeeded());
      if (findings != null && findings.length() > ChildMet.MAX_FINDINGS) {
        problems.add(new FieldProblem(f + "findings", "LENGTH", "Temuan paling banyak " + ChildMet.MAX_FINDINGS
            + " karakter."));
      } else if (action && (findings == null || findings.length() < 10)) {
        problems.add(new FieldProblem(f + "findings", "REQUIRED",
            "Temuan yang perlu tindak lanjut harus diuraikan (sedikitnya 10 karakter)."));
      }
      String category = OutreachRounds.trim(c.category());
      if (category != null && !categories.isKnown(category)) {
        problems.add(new FieldProblem(f + "category", "UNKNOWN_CODE", "Kategori kasus tidak dikenal: " + category
            + "."));
      }
      if (problems.size() == before) {
        children.add(new ChildMet(name, c.age(), sex, nik, findings, action, category));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new Validated(date, village, notes, children);
  }

  /** SHA-256 of what was submitted, with text trimmed (what makes a resubmission the same visit). */
  static String hash(VisitInput in) {
    StringBuilder s = new StringBuilder();
    s.append(in.roundId()).append('\u001f').append(OutreachRounds.trim(in.visitDate())).append('\u001f')
        .append(OutreachRounds.trim(in.villageCode())).append('\u001f').append(OutreachRounds.trim(in.notes()));
    for (ChildInput c : in.children() == null ? List.<ChildInput>of() : in.children()) {
      s.append('\u001e');
      if (c != null) {
        s.append(OutreachRounds.trim(c.name())).append('\u001f').append(c.age()).append('\u001f')
            .append(OutreachRounds.trim(c.sex())).append('\u001f').append(OutreachRounds.trim(c.nik()))
            .append('\u001f').append(OutreachRounds.trim(c.findings())).append('\u001f')
            .append(Boolean.TRUE.equals(c.actionNeeded())).append('\u001f')
            .append(OutreachRounds.trim(c.category()));
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
