package id.terpadu.outreach;

import id.terpadu.access.RegionScope;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.Roles;
import id.terpadu.organisation.StaffNames;
import id.terpadu.outreach.OutreachAccess.Actor;
import id.terpadu.process.Privileged;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and lists outreach rounds: a supervisor's plan is validated (villages of one regency in their scope, the
 * period, team members who work there, the focus), stored and its process ({@code Process_OutreachRound}) started
 * in one transaction.
 */
@Service
public class OutreachRounds {

  public static final String PROCESS_KEY = "Process_OutreachRound";
  public static final String VISIT_MESSAGE = "Message_VisitRecorded";
  /** Days after the period within which the supervisor closes the round (the close task's due date). */
  static final int CLOSE_WITHIN_DAYS = 7;
  static final int MAX_VILLAGES = 50;
  static final int MAX_MEMBERS = 20;
  static final int MAX_PERIOD_DAYS = 92;

  /** A round as submitted, every field as typed. */
  public record RoundInput(String title, List<String> villageCodes, String periodStart, String periodEnd,
      List<String> members, List<String> focus, String focusOther) {}

  private final OutreachRoundRepository rounds;
  private final OutreachAccess access;
  private final RegionDirectory regions;
  private final OrganisationService organisation;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  public OutreachRounds(OutreachRoundRepository rounds, OutreachAccess access, RegionDirectory regions,
      OrganisationService organisation, RuntimeService runtime, IdentityService identity, Clock clock) {
    this.rounds = rounds;
    this.access = access;
    this.regions = regions;
    this.organisation = organisation;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /** A staff member who may join a round's team: id, name, and role in Bahasa Indonesia. */
  public record TeamOption(String userId, String name, String role, String regencyCode) {}

  /** The unit roles a team is drawn from, in the order the page lists them, with their labels. */
  private static final List<Map.Entry<String, String>> TEAM_ROLES = List.of(
      Map.entry(Roles.CASEWORKER, "Pekerja sosial"), Map.entry(Roles.INTAKE, "Petugas pengaduan"),
      Map.entry(Roles.SUPERVISOR, "Supervisor"));

  /**
   * The staff a supervisor may put on a round's team: the caseworkers, intake officers and supervisors of the units
   * of the regencies in the supervisor's scope (403 for other roles).
   */
  @Transactional(readOnly = true)
  public List<TeamOption> teamOptions() {
    Actor actor = access.planner();
    Set<String> regencies = new TreeSet<>();
    actor.scope().codes().stream().filter(code -> code.length() >= 4)
        .forEach(code -> regencies.add(code.substring(0, 4)));
    Map<String, TeamOption> options = new LinkedHashMap<>();
    for (String regency : regencies) {
      for (Map.Entry<String, String> role : TEAM_ROLES) {
        List<User> users = Privileged.asApplication(identity, () -> identity.createUserQuery()
            .memberOfGroup(Roles.unitGroup(role.getKey(), regency)).orderByUserId().asc().list());
        users.forEach(u -> options.putIfAbsent(u.getId(), new TeamOption(u.getId(), StaffNames.displayName(u), role.getValue(),
            regency)));
      }
    }
    return List.copyOf(options.values());
  }

  /** Plans a round (the caller's role and scope are checked first) and starts its process. */
  @Transactional
  public OutreachRound plan(RoundInput in) {
    Actor actor = access.planner();
    OutreachRound round = rounds.saveAndFlush(validate(in, actor));
    ZoneId zone = UnitTimeZones.of(round.getRegencyCode());
    Map<String, Object> variables = new HashMap<>();
    variables.put("roundId", round.getId());
    variables.put("roundTitle", round.getTitle());
    variables.put("regency", round.getRegencyCode());
    variables.put("supervisorId", actor.userId());
    variables.put("periodEndsAt", Date.from(round.getPeriodEnd().plusDays(1).atStartOfDay(zone).toInstant()));
    variables.put("closeDue",
        Date.from(round.getPeriodEnd().plusDays(1 + CLOSE_WITHIN_DAYS).atStartOfDay(zone).toInstant()));
    String instance = Privileged.asApplication(identity, () -> runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey("PJK-" + round.getId()).setVariables(variables).execute().getId());
    round.attachProcess(instance);
    return round;
  }

  /** The rounds the caller reads: all of their scope (supervisors, heads, administrators) or the ones they are in. */
  @Transactional(readOnly = true)
  public List<OutreachRound> list(String status) {
    Actor actor = access.actor();
    Specification<OutreachRound> spec = actor.scope().<OutreachRound>specification();
    if (!access.readsEveryRound(actor)) {
      String user = actor.userId();
      spec = spec.and((root, query, cb) -> {
        query.distinct(true);
        return cb.equal(root.join("members", JoinType.INNER), user);
      });
    }
    if (status != null && !status.isBlank()) {
      OutreachRound.Status wanted;
      try {
        wanted = OutreachRound.Status.valueOf(status.trim());
      } catch (IllegalArgumentException e) {
        throw ApiException.validation(List.of(new FieldProblem("status", "UNKNOWN_CODE",
            "Status harus OPEN atau CLOSED.")));
      }
      spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
    }
    List<OutreachRound> found = rounds.findAll(spec, Sort.by(Sort.Order.desc("periodStart"), Sort.Order.desc("id")));
    access.listed(actor, "outreach:rounds status=" + (status == null ? "" : status.trim()), found.size());
    return found;
  }

  /** One round the caller reads (404 outside the scope, 403 for a non-member who reads no rounds). */
  @Transactional(readOnly = true)
  public OutreachRound get(long id) {
    return access.readable(access.actor(), rounds.findById(id).orElse(null), id);
  }

  OutreachRound validate(RoundInput in, Actor actor) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = trim(in.title());
    if (title == null) {
      problems.add(new FieldProblem("title", "REQUIRED", "Nama putaran penjangkauan wajib diisi."));
    } else if (title.length() > OutreachRound.MAX_TITLE) {
      problems.add(new FieldProblem("title", "LENGTH", "Nama putaran paling banyak " + OutreachRound.MAX_TITLE
          + " karakter."));
    }
    Set<String> villages = new LinkedHashSet<>();
    if (in.villageCodes() == null || in.villageCodes().stream().allMatch(v -> trim(v) == null)) {
      problems.add(new FieldProblem("villageCodes", "REQUIRED", "Pilih sedikitnya satu desa/kelurahan sasaran."));
    } else if (in.villageCodes().size() > MAX_VILLAGES) {
      problems.add(new FieldProblem("villageCodes", "TOO_MANY", "Paling banyak " + MAX_VILLAGES + " desa per putaran."));
    } else {
      for (int i = 0; i < in.villageCodes().size(); i++) {
        String code = trim(in.villageCodes().get(i));
        if (code == null) {
          continue;
        }
        String field = "villageCodes[" + i + "]";
        if (!regions.exists(code, RegionLevel.VILLAGE)) {
          problems.add(new FieldProblem(field, "UNKNOWN_REGION",
              "Kode desa/kelurahan tidak dikenal (10 angka, menurut kode wilayah Kemendagri)."));
        } else if (!actor.scope().contains(code)) {
          problems.add(new FieldProblem(field, "OUT_OF_SCOPE", "Desa ini di luar wilayah kerja Anda."));
        } else {
          villages.add(code);
        }
      }
      if (villages.stream().map(v -> v.substring(0, 4)).distinct().count() > 1) {
        problems.add(new FieldProblem("villageCodes", "REGION_MISMATCH",
            "Semua desa sasaran satu putaran harus berada di satu kabupaten/kota."));
      }
    }
    LocalDate start = date(in.periodStart(), "periodStart", "Tanggal mulai", problems);
    LocalDate end = date(in.periodEnd(), "periodEnd", "Tanggal selesai", problems);
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.add(new FieldProblem("periodEnd", "BEFORE_START", "Tanggal selesai tidak boleh sebelum tanggal mulai."));
      } else if (end.isAfter(start.plusDays(MAX_PERIOD_DAYS))) {
        problems.add(new FieldProblem("periodEnd", "TOO_LONG", "Satu putaran paling lama " + MAX_PERIOD_DAYS
            + " hari."));
      } else if (end.isBefore(LocalDate.now(clock.withZone(UnitTimeZones.WIB)))) {
        problems.add(new FieldProblem("periodEnd", "IN_THE_PAST", "Periode putaran sudah lewat."));
      }
    }
    Set<String> members = new LinkedHashSet<>();
    if (in.members() == null || in.members().stream().allMatch(m -> trim(m) == null)) {
      problems.add(new FieldProblem("members", "REQUIRED", "Pilih sedikitnya satu anggota tim."));
    } else if (in.members().size() > MAX_MEMBERS) {
      problems.add(new FieldProblem("members", "TOO_MANY", "Paling banyak " + MAX_MEMBERS + " anggota tim."));
    } else {
      for (int i = 0; i < in.members().size(); i++) {
        String user = trim(in.members().get(i));
        if (user == null) {
          continue;
        }
        String field = "members[" + i + "]";
        if (!Privileged.asApplication(identity, () -> organisation.userExists(user))) {
          problems.add(new FieldProblem(field, "UNKNOWN_USER", "Pengguna " + user + " tidak dikenal."));
        } else if (!villages.isEmpty()
            && !villages.stream().allMatch(RegionScope.of(organisation.scopeOf(user))::contains)) {
          problems.add(new FieldProblem(field, "OUT_OF_SCOPE",
              "Pengguna " + user + " tidak bekerja di semua desa sasaran."));
        } else {
          members.add(user);
        }
      }
    }
    Set<OutreachFocus> focus = new LinkedHashSet<>();
    if (in.focus() == null || in.focus().stream().allMatch(f -> trim(f) == null)) {
      problems.add(new FieldProblem("focus", "REQUIRED", "Pilih sedikitnya satu fokus penjangkauan."));
    } else {
      for (int i = 0; i < in.focus().size(); i++) {
        String f = trim(in.focus().get(i));
        if (f == null) {
          continue;
        }
        try {
          focus.add(OutreachFocus.valueOf(f));
        } catch (IllegalArgumentException e) {
          problems.add(new FieldProblem("focus[" + i + "]", "UNKNOWN_CODE", "Fokus tidak dikenal. Pilihan: "
              + "NO_BIRTH_CERTIFICATE, CHILD_LABOUR, OUT_OF_SCHOOL, OTHER."));
        }
      }
    }
    String other = trim(in.focusOther());
    if (focus.contains(OutreachFocus.OTHER) && other == null) {
      problems.add(new FieldProblem("focusOther", "REQUIRED", "Jelaskan fokus lainnya."));
    } else if (other != null && other.length() > OutreachRound.MAX_FOCUS_OTHER) {
      problems.add(new FieldProblem("focusOther", "LENGTH", "Fokus lainnya paling banyak "
          + OutreachRound.MAX_FOCUS_OTHER + " karakter."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    return new OutreachRound(title, villages.iterator().next().substring(0, 4), villages, start, end, members, focus,
        other, actor.userId(), clock.instant());
  }

  static LocalDate date(String value, String field, String label, List<FieldProblem> problems) {
    String v = trim(value);
    if (v == null) {
      problems.add(new FieldProblem(field, "REQUIRED", label + " wajib diisi."));
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "FORMAT", label + " harus berformat tttt-bb-hh, misalnya 2026-12-01."));
      return null;
    }
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
