package id.terpadu.kla;

import id.terpadu.access.Caller;
import id.terpadu.web.CsvCells;
import id.terpadu.web.XlsxSheets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the verifier and the regency read about a round: progress per district and cluster (who is late),
 * results per district and for the regency with the predicate, the previous year's results, and the CSV export.
 * Every list is filtered by the caller's region scope in the query ({@code RegionScope.specification()}).
 */
@Service
@Transactional(readOnly = true)
public class KlaReports {

  private final KlaAccess access;
  private final KlaRoundRepository rounds;
  private final KlaSubmissionRepository submissions;
  private final KlaValueRepository values;
  private final KlaCatalogue catalogue;
  private final KlaScoring scoring;
  private final KlaTaskTexts texts;

  public KlaReports(KlaAccess access, KlaRoundRepository rounds, KlaSubmissionRepository submissions,
      KlaValueRepository values, KlaCatalogue catalogue, KlaScoring scoring, KlaTaskTexts texts) {
    this.access = access;
    this.rounds = rounds;
    this.submissions = submissions;
    this.values = values;
    this.catalogue = catalogue;
    this.scoring = scoring;
    this.texts = texts;
  }

  public record RoundView(long id, String label, String regencyCode, String regencyName, int year, String status,
      String openedBy, Instant openedAt, Instant completedAt) {}

  public record ProgressRow(long submissionId, String districtCode, String districtName, int cluster,
      String clusterName, String status, Instant dueAt, boolean late, String waitingFor, int returnCount,
      Instant submittedAt, Instant verifiedAt) {}

  public record Progress(RoundView round, List<ProgressRow> rows, long late, long accepted, long total) {}

  public record ClusterResult(int cluster, String clusterName, String status, double achievement, double points,
      int maxPoints) {}

  public record DistrictResult(String districtCode, String districtName, List<ClusterResult> clusters, double total,
      int maxTotal, Double previousTotal) {}

  public record Results(RoundView round, boolean provisional, ClusterResult institutional,
      List<DistrictResult> districts, List<ClusterResult> regencyClusters, double regencyTotal, String predicate,
      Previous previous, List<KlaProperties.Band> bands) {}

  public record Previous(int year, double regencyTotal, String predicate, Map<Integer, Double> clusterPoints) {}

  public List<RoundView> rounds(Caller caller) {
    if (!caller.hasAnyRole(KlaAccess.READ_ROLES)) {
      throw id.terpadu.web.ApiException.forbidden("Your role may not read KLA assessments.");
    }
    return rounds.findAll(access.visibleRounds(caller.scope()),
        Sort.by(Sort.Order.desc("year"), Sort.Order.asc("regencyCode"))).stream().map(this::view).toList();
  }

  public RoundView round(Caller caller, long id) {
    return view(access.roundForReading(caller, id));
  }

  public Progress progress(Caller caller, long id) {
    KlaRound round = access.roundForReading(caller, id);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<ProgressRow> rows = inScope(caller, round).stream().map(s -> {
      boolean waiting = s.getStatus() != KlaSubmission.Status.ACCEPTED;
      boolean late = waiting && s.getDueAt() != null && s.getDueAt().isBefore(now);
      String waitingFor = !waiting ? null : s.getStatus() == KlaSubmission.Status.SUBMITTED ? "VERIFIER"
          : s.institutional() ? "REGENCY" : "DISTRICT";
      return new ProgressRow(s.getId(), s.getDistrictCode(), s.institutional() ? null
          : texts.regionName(s.getDistrictCode()), s.getCluster(), catalogue.clusterName(s.getCluster()),
          s.getStatus().name(), s.getDueAt(), late, waitingFor, s.getReturnCount(), s.getSubmittedAt(),
          s.getVerifiedAt());
    }).toList();
    return new Progress(view(round), rows, rows.stream().filter(ProgressRow::late).count(),
        rows.stream().filter(r -> r.status().equals("ACCEPTED")).count(), rows.size());
  }

  public Results results(Caller caller, long id) {
    KlaRound round = access.roundForResults(caller, id);
    Computed now = compute(caller, round);
    Previous previous = rounds.findByRegencyCodeAndYear(round.getRegencyCode(), round.getYear() - 1)
        .map(p -> compute(caller, p)).map(c -> new Previous(c.round.getYear(), c.regencyTotal,
            scoring.predicate(c.regencyTotal), c.regencyClusters.stream()
            .collect(Collectors.toMap(ClusterResult::cluster, ClusterResult::points)))).orElse(null);
    Map<String, Double> previousDistricts = rounds.findByRegencyCodeAndYear(round.getRegencyCode(),
        round.getYear() - 1).map(p -> compute(caller, p).districts.stream()
        .collect(Collectors.toMap(DistrictResult::districtCode, DistrictResult::total))).orElse(Map.of());
    List<DistrictResult> districts = now.districts.stream().map(d -> new DistrictResult(d.districtCode(),
        d.districtName(), d.clusters(), d.total(), d.maxTotal(), previousDistricts.get(d.districtCode()))).toList();
    return new Results(view(round), now.provisional, now.institutional, districts, now.regencyClusters,
        now.regencyTotal, scoring.predicate(now.regencyTotal), previous, scoring.bands());
  }

  static final List<String> VALUE_HEADER = List.of("tahun", "kode_kabupaten", "kode_kecamatan", "kecamatan",
      "klaster", "kode_indikator", "indikator", "satuan", "nilai", "status", "capaian");

  /** The values of every submission in scope, one row per district (or regency) and indicator. */
  List<List<Object>> valueRows(KlaRound round, Caller caller) {
    List<KlaSubmission> rows = inScope(caller, round);
    Map<Long, Map<String, String>> stored = valuesOf(rows);
    List<List<Object>> out = new ArrayList<>();
    for (KlaSubmission s : rows) {
      for (KlaIndicator indicator : catalogue.ofCluster(s.getCluster())) {
        String value = stored.getOrDefault(s.getId(), Map.of()).get(indicator.code());
        List<Object> row = new ArrayList<>();
        row.add(round.getYear());
        row.add(round.getRegencyCode());
        row.add(s.getDistrictCode());
        row.add(s.institutional() ? "(kabupaten/kota)" : texts.regionName(s.getDistrictCode()));
        row.add(s.getCluster());
        row.add(indicator.code());
        row.add(indicator.nameId());
        row.add(indicator.unit().label());
        row.add(value == null ? null : indicator.unit() == KlaUnit.YES_NO ? value : KlaValues.numeric(value));
        row.add(s.getStatus().name());
        row.add(value == null ? null : Math.round(scoring.achievement(indicator, value) * 1000) / 1000.0);
        out.add(row);
      }
    }
    return out;
  }

  /** The values as CSV (UTF-8, comma, RFC 4180 quoting). */
  public String exportCsv(Caller caller, long id) {
    KlaRound round = access.roundForResults(caller, id);
    StringBuilder csv = new StringBuilder(String.join(",", VALUE_HEADER)).append('\n');
    for (List<Object> row : valueRows(round, caller)) {
      csv.append(CsvCells.line(row)).append('\n');
    }
    return csv.toString();
  }

  /** The values and the results per district as an XLSX workbook (sheets "Nilai" and "Hasil"). */
  public byte[] exportXlsx(Caller caller, long id) {
    KlaRound round = access.roundForResults(caller, id);
    Results results = results(caller, id);
    List<String> header = new ArrayList<>(List.of("kode_kecamatan", "kecamatan"));
    KlaCatalogue.DISTRICT_CLUSTERS.forEach(c -> header.add("klaster_" + c));
    header.addAll(List.of("jumlah", "maksimal", "tahun_lalu"));
    List<List<Object>> rows = new ArrayList<>();
    for (DistrictResult d : results.districts()) {
      List<Object> row = new ArrayList<>(List.of(d.districtCode(), d.districtName()));
      d.clusters().forEach(c -> row.add(c.points()));
      row.add(d.total());
      row.add(d.maxTotal());
      row.add(d.previousTotal());
      rows.add(row);
    }
    List<Object> regency = new ArrayList<>(List.of(round.getRegencyCode(), "Kabupaten/kota (termasuk kelembagaan "
        + results.institutional().points() + ")"));
    results.regencyClusters().stream().filter(c -> c.cluster() != 0).forEach(c -> regency.add(c.points()));
    regency.add(results.regencyTotal());
    regency.add(KlaScoring.MAX_TOTAL);
    regency.add(results.previous() == null ? null : results.previous().regencyTotal());
    rows.add(regency);
    return XlsxSheets.bytes(List.of(new XlsxSheets.Sheet("Nilai", VALUE_HEADER, valueRows(round, caller)),
        new XlsxSheets.Sheet("Hasil", header, rows)));
  }

  private record Computed(KlaRound round, boolean provisional, ClusterResult institutional,
      List<DistrictResult> districts, List<ClusterResult> regencyClusters, double regencyTotal) {}

  /** Scores from accepted submissions only: what is not yet accepted counts 0 and makes the result provisional. */
  private Computed compute(Caller caller, KlaRound round) {
    List<KlaSubmission> rows = inScope(caller, round);
    Map<Long, Map<String, String>> stored = valuesOf(rows);
    boolean provisional = round.getStatus() != KlaRound.Status.COMPLETED
        || rows.stream().anyMatch(s -> s.getStatus() != KlaSubmission.Status.ACCEPTED);
    ClusterResult institutional = rows.stream().filter(KlaSubmission::institutional).findFirst()
        .map(s -> clusterResult(s, stored)).orElse(new ClusterResult(0, catalogue.clusterName(0), "OPEN", 0, 0,
            scoring.clusterPoints(0)));
    Map<String, List<KlaSubmission>> byDistrict = rows.stream().filter(s -> !s.institutional())
        .collect(Collectors.groupingBy(KlaSubmission::getDistrictCode, LinkedHashMap::new, Collectors.toList()));
    List<DistrictResult> districts = new ArrayList<>();
    int maxDistrict = KlaCatalogue.DISTRICT_CLUSTERS.stream().mapToInt(scoring::clusterPoints).sum();
    byDistrict.forEach((district, own) -> {
      List<ClusterResult> clusters = own.stream().sorted(Comparator.comparingInt(KlaSubmission::getCluster))
          .map(s -> clusterResult(s, stored)).toList();
      districts.add(new DistrictResult(district, texts.regionName(district), clusters,
          round2(clusters.stream().mapToDouble(ClusterResult::points).sum()), maxDistrict, null));
    });
    List<ClusterResult> regencyClusters = new ArrayList<>();
    regencyClusters.add(institutional);
    for (int cluster : KlaCatalogue.DISTRICT_CLUSTERS) {
      double mean = districts.stream().flatMap(d -> d.clusters().stream()).filter(c -> c.cluster() == cluster)
          .mapToDouble(ClusterResult::achievement).average().orElse(0);
      regencyClusters.add(new ClusterResult(cluster, catalogue.clusterName(cluster), null, round2(mean),
          round2(mean / 100 * scoring.clusterPoints(cluster)), scoring.clusterPoints(cluster)));
    }
    double total = round2(regencyClusters.stream().mapToDouble(ClusterResult::points).sum());
    return new Computed(round, provisional, institutional, districts, regencyClusters, total);
  }

  private ClusterResult clusterResult(KlaSubmission s, Map<Long, Map<String, String>> stored) {
    double achievement = s.getStatus() == KlaSubmission.Status.ACCEPTED
        ? scoring.clusterAchievement(s.getCluster(), stored.getOrDefault(s.getId(), Map.of())) : 0;
    return new ClusterResult(s.getCluster(), catalogue.clusterName(s.getCluster()), s.getStatus().name(),
        round2(achievement * 100), round2(achievement * scoring.clusterPoints(s.getCluster())),
        scoring.clusterPoints(s.getCluster()));
  }

  private List<KlaSubmission> inScope(Caller caller, KlaRound round) {
    org.springframework.data.jpa.domain.Specification<KlaSubmission> ofRound =
        (root, query, cb) -> cb.equal(root.get("roundId"), round.getId());
    return submissions.findAll(ofRound.and(caller.scope().specification())).stream()
        .sorted(Comparator.comparing(KlaSubmission::getDistrictCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(KlaSubmission::getCluster)).toList();
  }

  private Map<Long, Map<String, String>> valuesOf(List<KlaSubmission> rows) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    return values.findByKeySubmissionIdIn(rows.stream().map(KlaSubmission::getId).toList()).stream()
        .collect(Collectors.groupingBy(KlaValue::getSubmissionId,
            Collectors.toMap(KlaValue::getIndicatorCode, KlaValue::getValue)));
  }

  RoundView view(KlaRound round) {
    return new RoundView(round.getId(), round.label(), round.getRegencyCode(),
        texts.regionName(round.getRegencyCode()), round.getYear(), round.getStatus().name(), round.getOpenedBy(),
        round.getOpenedAt(), round.getCompletedAt());
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  Optional<KlaRound> find(long id) {
    return rounds.findById(id);
  }
}
