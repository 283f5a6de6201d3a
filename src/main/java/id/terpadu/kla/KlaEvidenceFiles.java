package id.terpadu.kla;

import id.terpadu.access.Caller;
import id.terpadu.process.Privileged;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import id.terpadu.web.ProblemCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of KLA submissions: PDF, JPG or PNG (recognised by their first bytes, not only by the name),
 * up to {@code terpadu.kla.evidence.max-size}, stored in the database (every node sees them). After an upload or
 * removal the open task's form text lists the files again.
 */
@Service
public class KlaEvidenceFiles {

  /** The accepted kinds of file: content type and the name endings that go with it. */
  enum Kind {
    PDF("application/pdf", List.of(".pdf")),
    PNG("image/png", List.of(".png")),
    JPEG("image/jpeg", List.of(".jpg", ".jpeg"));

    final String contentType;
    final List<String> endings;

    Kind(String contentType, List<String> endings) {
      this.contentType = contentType;
      this.endings = endings;
    }

    /** The kind of file these bytes start with, or null. */
    static Kind sniff(byte[] bytes) {
      if (startsWith(bytes, new byte[] {'%', 'P', 'D', 'F', '-'})) {
        return PDF;
      }
      if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
        return PNG;
      }
      if (startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
        return JPEG;
      }
      return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
      if (bytes.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if (bytes[i] != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private final KlaAccess access;
  private final KlaCatalogue catalogue;
  private final KlaEvidenceRepository evidence;
  private final KlaEvidenceContentRepository contents;
  private final KlaTaskTexts texts;
  private final KlaProperties properties;
  private final TaskService tasks;
  private final IdentityService identity;

  public KlaEvidenceFiles(KlaAccess access, KlaCatalogue catalogue, KlaEvidenceRepository evidence,
      KlaEvidenceContentRepository contents, KlaTaskTexts texts, KlaProperties properties, TaskService tasks,
      IdentityService identity) {
    this.access = access;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.contents = contents;
    this.texts = texts;
    this.properties = properties;
    this.tasks = tasks;
    this.identity = identity;
  }

  @Transactional
  public KlaEvidence upload(Caller caller, long submissionId, String indicatorCode, MultipartFile file) {
    KlaSubmission submission = access.submissionForEvidence(caller, submissionId);
    KlaIndicator indicator = catalogue.find(indicatorCode).filter(i -> i.cluster() == submission.getCluster())
        .orElse(null);
    if (indicator == null) {
      throw ApiException.validation(List.of(new FieldProblem("indicatorCode", indicatorCode == null ? "REQUIRED"
          : "FORMAT", "Pilih indikator klaster " + submission.getCluster() + " yang didukung berkas ini.")));
    }
    if (file == null || file.isEmpty()) {
      throw ApiException.validation(List.of(new FieldProblem("file", "REQUIRED", "Pilih berkas bukti dukung.")));
    }
    long max = properties.evidence().maxSize().toBytes();
    if (file.getSize() > max) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
          "The evidence file is larger than " + max + " bytes.",
          List.of(new FieldProblem("file", "SIZE", "Berkas terlalu besar: paling besar "
              + properties.evidence().maxSize().toMegabytes() + " MB.")));
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Kind kind = Kind.sniff(bytes);
    String name = safeName(file.getOriginalFilename());
    if (kind == null || kind.endings.stream().noneMatch(name.toLowerCase(Locale.ROOT)::endsWith)) {
      throw ApiException.validation(List.of(new FieldProblem("file", "TYPE",
          "Jenis berkas harus PDF, JPG atau PNG (isi dan nama berkas harus sesuai).")));
    }
    KlaEvidence saved = evidence.saveAndFlush(new KlaEvidence(submission.getId(), indicator.code(), name,
        kind.contentType, bytes.length, sha256(bytes), caller.userId(), ClockUtil.getCurrentTime().toInstant()));
    contents.save(new KlaEvidenceContent(saved.getId(), bytes));
    refreshOpenTask(submission);
    return saved;
  }

  /** The file and its content, for a caller who may read its submission. */
  @Transactional(readOnly = true)
  public Download download(Caller caller, long evidenceId) {
    KlaEvidence file = evidence.findById(evidenceId).orElseThrow(KlaEvidenceFiles::notFound);
    try {
      access.submissionForReading(caller, file.getSubmissionId());
    } catch (ApiException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw notFound();
      }
      throw e;
    }
    byte[] content = contents.findById(evidenceId).map(KlaEvidenceContent::getContent)
        .orElseThrow(KlaEvidenceFiles::notFound);
    return new Download(file, content);
  }

  @Transactional
  public void remove(Caller caller, long evidenceId) {
    KlaEvidence file = evidence.findById(evidenceId).orElseThrow(KlaEvidenceFiles::notFound);
    KlaSubmission submission;
    try {
      submission = access.submissionForEvidence(caller, file.getSubmissionId());
    } catch (ApiException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw notFound();
      }
      throw e;
    }
    contents.deleteById(evidenceId);
    evidence.delete(file);
    evidence.flush();
    refreshOpenTask(submission);
  }

  public record Download(KlaEvidence file, byte[] content) {}

  /** The open fill-in task of the submission shows the new list (when the user reloads it). */
  private void refreshOpenTask(KlaSubmission submission) {
    Privileged.asApplication(identity, () -> {
      for (Task task : tasks.createTaskQuery().taskVariableValueEquals(KlaVariables.TASK_SUBMISSION,
          submission.getId()).list()) {
        if (!KlaVariables.TASK_VERIFY_CLUSTER.equals(task.getTaskDefinitionKey())) {
          tasks.setVariableLocal(task.getId(), KlaVariables.INFO, texts.fillInfo(submission,
              task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
      }
      return null;
    });
  }

  /** A file name that is safe in Markdown, a header and a file system: letters, digits, '.', '-', '_', space. */
  static String safeName(String original) {
    String name = original == null ? "" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("\\s+", " ").trim();
    if (name.isEmpty() || name.startsWith(".")) {
      name = "bukti" + name;
    }
    return name.length() > 120 ? name.substring(name.length() - 120) : name;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiException notFound() {
    return ApiException.notFound(KlaProblems.EVIDENCE_NOT_FOUND, "No such evidence file.");
  }
}
