package id.terpadu.kla;

import id.terpadu.access.Caller;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * KLA assessment API: rounds (open, list, progress, results, CSV export), submissions with their values and
 * evidence, and the indicator catalogue. Who may do what: {@link KlaAccess}.
 */
@RestController
@RequestMapping("/api/kla")
public class KlaController {

  private final KlaAccess access;
  private final KlaRounds rounds;
  private final KlaReports reports;
  private final KlaEvidenceFiles files;
  private final KlaCatalogue catalogue;
  private final KlaValueRepository values;
  private final KlaEvidenceRepository evidence;
  private final KlaTaskTexts texts;
  private final KlaScoring scoring;

  public KlaController(KlaAccess access, KlaRounds rounds, KlaReports reports, KlaEvidenceFiles files,
      KlaCatalogue catalogue, KlaValueRepository values, KlaEvidenceRepository evidence, KlaTaskTexts texts,
      KlaScoring scoring) {
    this.access = access;
    this.rounds = rounds;
    this.reports = reports;
    this.files = files;
    this.catalogue = catalogue;
    this.values = values;
    this.evidence = evidence;
    this.texts = texts;
    this.scoring = scoring;
  }

  public record IndicatorView(String code, int cluster, String name, String nameEn, String unit, String unitLabel,
      boolean evidenceRequired, boolean lowerIsBetter) {}

  public record Catalogue(Map<Integer, String> clusters, Map<Integer, Integer> clusterPoints,
      List<IndicatorView> indicators, List<KlaProperties.Band> predicates) {}

  public record EvidenceView(long id, String indicatorCode, String fileName, String contentType, long sizeBytes,
      String uploadedBy, Instant uploadedAt) {}

  public record IndicatorValue(String code, String name, String unit, String unitLabel, boolean evidenceRequired,
      String value, String display, List<EvidenceView> evidence) {}

  public record SubmissionView(long id, long roundId, String regencyCode, String districtCode, String whose,
      int cluster, String clusterName, String status, boolean editable, boolean mayUpload, Instant dueAt,
      String verifierComment, int returnCount, List<IndicatorValue> indicators) {}

  @GetMapping("/catalogue")
  public Catalogue catalogue() {
    access.caller();
    return new Catalogue(catalogue.clusters(), scoring.allClusterPoints(), catalogue.all().stream()
        .map(i -> new IndicatorView(i.code(), i.cluster(), i.nameId(), i.nameEn(), i.unit().name(),
            i.unit().label(), i.evidenceRequired(), i.lowerIsBetter())).toList(), scoring.bands());
  }

  @PostMapping("/rounds")
  public ResponseEntity<KlaReports.RoundView> open(@RequestBody KlaRounds.OpenRound request) {
    KlaRound round = rounds.open(access.caller(), request);
    return ResponseEntity.created(URI.create("/api/kla/rounds/" + round.getId())).body(reports.view(round));
  }

  @GetMapping("/rounds")
  public List<KlaReports.RoundView> rounds() {
    return reports.rounds(access.caller());
  }

  @GetMapping("/rounds/{id}")
  public KlaReports.RoundView round(@PathVariable long id) {
    return reports.round(access.caller(), id);
  }

  @GetMapping("/rounds/{id}/progress")
  public KlaReports.Progress progress(@PathVariable long id) {
    return reports.progress(access.caller(), id);
  }

  @GetMapping("/rounds/{id}/results")
  public KlaReports.Results results(@PathVariable long id) {
    return reports.results(access.caller(), id);
  }

  @GetMapping("/rounds/{id}/export.csv")
  public ResponseEntity<String> export(@PathVariable long id) {
    String csv = reports.exportCsv(access.caller(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("kla-" + id + ".csv").build().toString())
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(csv);
  }

  @GetMapping("/rounds/{id}/export.xlsx")
  public ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
    byte[] xlsx = reports.exportXlsx(access.caller(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("kla-" + id + ".xlsx").build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(xlsx);
  }

  @GetMapping("/submissions/{id}")
  public SubmissionView submission(@PathVariable long id) {
    Caller caller = access.caller();
    KlaSubmission s = access.submissionForReading(caller, id);
    Map<String, String> stored = values.findByKeySubmissionId(s.getId()).stream()
        .collect(Collectors.toMap(KlaValue::getIndicatorCode, KlaValue::getValue));
    Map<String, List<EvidenceView>> byIndicator = evidence.findBySubmissionIdOrderByIndicatorCodeAscIdAsc(s.getId())
        .stream().map(KlaController::view).collect(Collectors.groupingBy(EvidenceView::indicatorCode));
    List<IndicatorValue> indicators = catalogue.ofCluster(s.getCluster()).stream().map(i -> new IndicatorValue(
        i.code(), i.nameId(), i.unit().name(), i.unit().label(), i.evidenceRequired(), stored.get(i.code()),
        KlaValues.display(i, stored.get(i.code())), byIndicator.getOrDefault(i.code(), List.of()))).toList();
    return new SubmissionView(s.getId(), s.getRoundId(), s.getRegencyCode(), s.getDistrictCode(), texts.whose(s),
        s.getCluster(), catalogue.clusterName(s.getCluster()), s.getStatus().name(), s.getStatus().editable(),
        s.getStatus().editable() && caller.groupIds().contains(s.fillingGroup()), s.getDueAt(),
        s.getVerifierComment(), s.getReturnCount(), indicators);
  }

  @PostMapping(value = "/submissions/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<EvidenceView> upload(@PathVariable long id,
      @RequestParam(name = "indicatorCode", required = false) String indicatorCode,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    KlaEvidence saved = files.upload(access.caller(), id, indicatorCode, file);
    return ResponseEntity.created(URI.create("/api/kla/evidence/" + saved.getId())).body(view(saved));
  }

  @GetMapping("/evidence/{id}")
  public ResponseEntity<byte[]> download(@PathVariable long id) {
    KlaEvidenceFiles.Download download = files.download(access.caller(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(download.file().getFileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .contentType(MediaType.parseMediaType(download.file().getContentType())).body(download.content());
  }

  @DeleteMapping("/evidence/{id}")
  public ResponseEntity<Void> remove(@PathVariable long id) {
    files.remove(access.caller(), id);
    return ResponseEntity.noContent().build();
  }

  static EvidenceView view(KlaEvidence e) {
    return new EvidenceView(e.getId(), e.getIndicatorCode(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
        e.getUploadedBy(), e.getUploadedAt());
  }
}
