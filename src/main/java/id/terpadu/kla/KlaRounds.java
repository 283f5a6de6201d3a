package id.terpadu.kla;

import id.terpadu.access.Caller;
import id.terpadu.process.Privileged;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.RegionLevel;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a regency's yearly KLA round: one submission per district that has a group {@code kecamatan-<code>} and
 * cluster 1–5, one institutional submission (cluster 0) for the regency, and an instance of
 * {@code Process_KlaAssessment} that hands them out as tasks.
 */
@Service
public class KlaRounds {

  private final KlaRoundRepository rounds;
  private final KlaSubmissionRepository submissions;
  private final RegionDirectory regions;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final KlaAccess access;

  public KlaRounds(KlaRoundRepository rounds, KlaSubmissionRepository submissions, RegionDirectory regions,
      IdentityService identity, RuntimeService runtime, KlaAccess access) {
    this.rounds = rounds;
    this.submissions = submissions;
    this.regions = regions;
    this.identity = identity;
    this.runtime = runtime;
    this.access = access;
  }

  /** The request body of {@code POST /api/kla/rounds}. */
  public record OpenRound(String regencyCode, Integer year) {}

  @Transactional
  public KlaRound open(Caller caller, OpenRound request) {
    List<FieldProblem> problems = new ArrayList<>();
    String regency = request == null ? null : request.regencyCode();
    Integer year = request == null ? null : request.year();
    if (regency == null || regency.isBlank()) {
      problems.add(new FieldProblem("regencyCode", "REQUIRED", "Kode kabupaten/kota wajib diisi."));
    } else if (!regions.exists(regency, RegionLevel.REGENCY)) {
      problems.add(new FieldProblem("regencyCode", "FORMAT", "Kode kabupaten/kota tidak dikenal (4 angka)."));
    }
    int thisYear = ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneOffset.UTC).getYear();
    if (year == null) {
      problems.add(new FieldProblem("year", "REQUIRED", "Tahun penilaian wajib diisi."));
    } else if (year < 2000 || year > thisYear + 1) {
      problems.add(new FieldProblem("year", "RANGE", "Tahun penilaian harus antara 2000 dan " + (thisYear + 1) + "."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    access.mayOpen(caller, regency);
    if (rounds.existsByRegencyCodeAndYear(regency, year)) {
      throw ApiException.conflict(KlaProblems.ROUND_EXISTS, "This regency already has a KLA round for that year.");
    }
    List<String> districts = districtsWithGroups(regency);
    if (districts.isEmpty()) {
      throw ApiException.conflict(KlaProblems.NO_DISTRICTS,
          "No district of this regency has a group kecamatan-<district code>; create them in Camunda Admin first.");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    KlaRound round = rounds.saveAndFlush(new KlaRound(regency, year, caller.userId(), now));
    KlaSubmission institutional = submissions.save(new KlaSubmission(round.getId(), regency, null,
        KlaCatalogue.INSTITUTIONAL));
    for (String district : districts) {
      for (int cluster : KlaCatalogue.DISTRICT_CLUSTERS) {
        submissions.save(new KlaSubmission(round.getId(), regency, district, cluster));
      }
    }
    submissions.flush();
    Map<String, Object> variables = new HashMap<>();
    variables.put(KlaVariables.ROUND_ID, round.getId());
    variables.put(KlaVariables.REGENCY, regency);
    variables.put(KlaVariables.YEAR, year);
    variables.put(KlaVariables.LABEL, round.label());
    variables.put(KlaVariables.INSTITUTIONAL_SUBMISSION, institutional.getId());
    // The caller's right to open the round was decided above (their groups and scope); the engine starts it for
    // the application, so no definition-wide CREATE_INSTANCE grant is needed.
    ProcessInstance instance = Privileged.asApplication(identity, () ->
        runtime.startProcessInstanceByKey(KlaVariables.PROCESS_KEY, round.label(), variables));
    round.started(instance.getId());
    return round;
  }

  /** The districts of the regency that have a {@code kecamatan-<code>} group, by code. */
  List<String> districtsWithGroups(String regency) {
    List<Group> groups = Privileged.asApplication(identity, () ->
        identity.createGroupQuery().list());
    return groups.stream().map(g -> KlaRoles.districtOf(g.getId()))
        .filter(code -> code != null && code.startsWith(regency)).distinct().sorted().toList();
  }
}
