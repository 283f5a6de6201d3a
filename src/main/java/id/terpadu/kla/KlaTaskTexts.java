package id.terpadu.kla;

import id.terpadu.process.FormValues;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.UnitTimeZones;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Task names and the Markdown texts the KLA forms show ({@code {{klaInfo}}}): what to fill in, where to upload
 * evidence, what has been uploaded, the verifier's comment; for the verifier, the submitted values with links to
 * their evidence. Only indicator data and file names (restricted to safe characters at upload): no personal data.
 */
@Component
public class KlaTaskTexts {

  private final KlaCatalogue catalogue;
  private final RegionDirectory regions;
  private final KlaEvidenceRepository evidence;
  private final KlaValueRepository values;
  private final KlaRoundRepository rounds;
  private final KlaProperties properties;

  public KlaTaskTexts(KlaCatalogue catalogue, RegionDirectory regions, KlaEvidenceRepository evidence,
      KlaValueRepository values, KlaRoundRepository rounds, KlaProperties properties) {
    this.catalogue = catalogue;
    this.regions = regions;
    this.evidence = evidence;
    this.values = values;
    this.rounds = rounds;
    this.properties = properties;
  }

  /** The end of a fill-in text whose list of uploaded files was cut; the evidence page lists them all. */
  static final String EVIDENCE_LIST_CUT = "… [daftar terpotong; semua berkas ada di halaman bukti dukung]";

  public String regionName(String code) {
    return code == null ? null : regions.find(code).map(Region::getName).orElse(code);
  }

  /** "Kec. Boyolangu", or the regency's name for the institutional submission. */
  public String whose(KlaSubmission submission) {
    return submission.institutional() ? regionName(submission.getRegencyCode())
        : "Kec. " + regionName(submission.getDistrictCode());
  }

  String taskName(KlaSubmission submission, boolean verifying) {
    if (submission.institutional()) {
      return "Isi indikator kelembagaan KLA";
    }
    return (verifying ? "Verifikasi KLA klaster " : "Isi indikator KLA klaster ") + submission.getCluster() + ": "
        + whose(submission);
  }

  String fillInfo(KlaSubmission submission, Instant due) {
    int year = rounds.findById(submission.getRoundId()).map(KlaRound::getYear).orElse(0);
    StringBuilder md = new StringBuilder();
    md.append("## Klaster ").append(submission.getCluster()).append(": ")
        .append(catalogue.clusterName(submission.getCluster())).append("\n\n");
    md.append("**").append(whose(submission)).append("**, penilaian KLA tahun ").append(year);
    if (due != null) {
      md.append(", tenggat ").append(FormValues.INDONESIAN_DATE_TIME.format(
          due.atZone(UnitTimeZones.of(submission.getRegencyCode()))));
    }
    md.append(".\n\n");
    if (submission.getStatus() == KlaSubmission.Status.RETURNED && submission.getVerifierComment() != null) {
      md.append("**Dikembalikan oleh verifikator:** ").append(plain(submission.getVerifierComment())).append("\n\n");
    }
    md.append("Indikator bertanda (bukti wajib) memerlukan bukti dukung (PDF, JPG atau PNG, paling besar ")
        .append(properties.evidence().maxSize().toMegabytes()).append(" MB) sebelum dikirim. ")
        .append("Unggah di ").append(evidencePageLink(submission)).append(", lalu muat ulang tugas ini.\n\n");
    md.append(evidenceList(submission));
    return FormValues.fitted(md.toString(), EVIDENCE_LIST_CUT);
  }

  /**
   * For the verifier: every indicator's value, each with links to its evidence; when the links would make the text
   * longer than a form's text variable holds, the values alone and a link to the page that lists the evidence.
   */
  String verificationInfo(KlaSubmission submission) {
    Map<String, String> stored = values.findByKeySubmissionId(submission.getId()).stream()
        .collect(Collectors.toMap(KlaValue::getIndicatorCode, KlaValue::getValue));
    Map<String, List<KlaEvidence>> files = evidence.findBySubmissionIdOrderByIndicatorCodeAscIdAsc(submission.getId())
        .stream().collect(Collectors.groupingBy(KlaEvidence::getIndicatorCode));
    String withLinks = verificationInfo(submission, stored, files, true);
    return withLinks.length() <= FormValues.MAX_TEXT_VARIABLE ? withLinks
        : verificationInfo(submission, stored, files, false);
  }

  private String verificationInfo(KlaSubmission submission, Map<String, String> stored,
      Map<String, List<KlaEvidence>> files, boolean evidenceLinks) {
    StringBuilder md = new StringBuilder();
    md.append("## Klaster ").append(submission.getCluster()).append(": ")
        .append(catalogue.clusterName(submission.getCluster())).append("\n\n");
    md.append("**").append(whose(submission)).append("**");
    if (submission.getReturnCount() > 0) {
      md.append(", dikirim ulang setelah dikembalikan ").append(submission.getReturnCount()).append(" kali");
    }
    md.append(".\n\n");
    for (KlaIndicator indicator : catalogue.ofCluster(submission.getCluster())) {
      md.append("- **").append(indicator.code()).append("** ").append(indicator.nameId()).append(": **")
          .append(KlaValues.display(indicator, stored.get(indicator.code()))).append("**");
      List<KlaEvidence> own = files.getOrDefault(indicator.code(), List.of());
      if (!evidenceLinks) {
        md.append(own.isEmpty() ? "" : " — " + own.size() + " berkas bukti");
      } else if (!own.isEmpty()) {
        md.append(" — bukti: ").append(own.stream().map(e -> "[" + e.getFileName() + "](/api/kla/evidence/"
            + e.getId() + ")").collect(Collectors.joining(", ")));
      }
      md.append("\n");
    }
    if (!evidenceLinks) {
      md.append("\nBerkas bukti dukung: lihat ").append(evidencePageLink(submission)).append(".\n");
    }
    return md.toString();
  }

  /** The Markdown link to the submission's evidence page ({@code /kla/bukti}), which lists every file. */
  private static String evidencePageLink(KlaSubmission submission) {
    return "[halaman bukti dukung](/kla/bukti?pengajuan=" + submission.getId() + ")";
  }

  String evidenceList(KlaSubmission submission) {
    List<KlaEvidence> files = evidence.findBySubmissionIdOrderByIndicatorCodeAscIdAsc(submission.getId());
    if (files.isEmpty()) {
      return "Belum ada bukti dukung yang diunggah.\n";
    }
    StringBuilder md = new StringBuilder("Bukti dukung yang sudah diunggah:\n\n");
    for (KlaEvidence file : files) {
      md.append("- ").append(file.getIndicatorCode()).append(": [").append(file.getFileName())
          .append("](/api/kla/evidence/").append(file.getId()).append(") (")
          .append(Math.max(1, file.getSizeBytes() / 1024)).append(" KB)\n");
    }
    return md.toString();
  }

  /** A comment as plain text inside Markdown: no links, images or HTML. */
  static String plain(String text) {
    return text.replaceAll("[\\[\\]<>`*_#!|]", " ").replaceAll("\\s+", " ").trim();
  }
}
