package id.terpadu.community;

import id.terpadu.casefile.Channel;
import id.terpadu.community.ReportCaseState.PublicStatus;
import id.terpadu.intake.ComplaintInput;
import id.terpadu.intake.ComplaintValidator;
import id.terpadu.intake.IntakeService;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports from the public page become complaints with channel {@code COMMUNITY}, through the same intake code
 * path as every other complaint ({@link IntakeService#registerWithoutStaff}): the case opens in the village's
 * unit and waits for triage. The reporter receives a random tracking code; only its hash is stored.
 */
@Service
public class PublicReports {

  /** Who the case file names as having registered a public report. */
  public static final String REGISTERED_BY = "laporan-masyarakat";

  private final IntakeService intake;
  private final ComplaintValidator validator;
  private final PublicReportRepository reports;
  private final RegionDirectory regions;
  private final Clock clock;

  public PublicReports(IntakeService intake, ComplaintValidator validator, PublicReportRepository reports,
      RegionDirectory regions, Clock clock) {
    this.intake = intake;
    this.validator = validator;
    this.reports = reports;
    this.regions = regions;
    this.clock = clock;
  }

  /** What the reporter is told after sending: the tracking code (shown once) and the status. */
  public record Receipt(String trackingCode, String status, String label) {}

  /** The complaint the report becomes. */
  static ComplaintInput complaint(PublicReportInput in) {
    boolean anonymous = Boolean.TRUE.equals(in.anonymous()) || blank(in.contactName()) && blank(in.contactPhone());
    return new ComplaintInput(Channel.COMMUNITY.name(), anonymous,
        anonymous ? null : new ComplaintInput.ReporterInput(in.contactName(), in.contactPhone(), in.relation()),
        null, in.villageCode(), null, in.description(), in.category() == null ? null : List.of(in.category()),
        Boolean.TRUE.equals(in.childInDanger()));
  }

  /**
   * Validates without storing anything (the same rules as the intake); field names as the page knows them.
   *
   * @return the village code
   */
  public String validate(PublicReportInput in) {
    try {
      List<String> everywhere = regions.provinces().stream().map(Region::getCode).toList();
      return validator.validate(complaint(in), everywhere, LocalDate.now(clock.withZone(UnitTimeZones.WIB)))
          .regionCode();
    } catch (ApiException invalid) {
      throw ApiException.validation(invalid.errors().stream().map(PublicReports::pageField).toList());
    }
  }

  /** Registers the report (validated by {@link #validate}) and answers its tracking code. */
  @Transactional
  public Receipt submit(PublicReportInput in) {
    IntakeService.Registered registered;
    try {
      registered = intake.registerWithoutStaff(complaint(in), REGISTERED_BY);
    } catch (ApiException invalid) {
      throw invalid.errors().isEmpty() ? invalid
          : ApiException.validation(invalid.errors().stream().map(PublicReports::pageField).toList());
    }
    String code;
    do {
      code = TrackingCodes.generate();
    } while (reports.existsByTrackingHash(TrackingCodes.hash(code)));
    reports.save(new PublicReportEntry(TrackingCodes.hash(code), registered.caseId(), clock.instant()));
    return new Receipt(code, PublicStatus.RECEIVED.name(), PublicStatus.RECEIVED.label());
  }

  /** The status of the report with this code; empty for an unknown or malformed code (the same work either way). */
  @Transactional(readOnly = true)
  public Optional<PublicStatus> status(String typedCode) {
    return reports.stateOf(TrackingCodes.hash(typedCode)).map(ReportCaseState::publicStatus);
  }

  /** The intake's field names, as the public form names them. */
  private static FieldProblem pageField(FieldProblem p) {
    String field = p.field();
    if (field.startsWith("categories")) {
      field = "category";
    } else if (field.equals("reporter.name")) {
      field = "contactName";
    } else if (field.equals("reporter.phone")) {
      field = "contactPhone";
    } else if (field.equals("reporter.relation")) {
      field = "relation";
    } else if (field.equals("districtCode")) {
      field = "villageCode";
    }
    String message = p.message();
    if (p.code().equals("REQUIRED") && field.equals("villageCode")) {
      message = "Pilih desa/kelurahan tempat kejadian.";
    } else if (p.code().equals("REQUIRED") && field.equals("contactName")) {
      message = "Isi nama Anda, atau pilih kirim tanpa nama.";
    }
    return new FieldProblem(field, p.code(), message);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
