package id.terpadu.referral;

import id.terpadu.agency.ServiceTypes;
import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.CaseStage;
import id.terpadu.casefile.CaseStatus;
import id.terpadu.casefile.ChildCase;
import id.terpadu.process.Privileged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a caseworker does with referrals while they run, besides Tasklist: add a service to the plan (one
 * more referral process) or cancel one referral. Both act on the running processes by message.
 */
@Service
public class ReferralService {

  public static final String REFERRAL_NOT_FOUND = "REFERRAL_NOT_FOUND";

  private final ReferralRepository referrals;
  private final CaseAccess access;
  private final ServiceTypes serviceTypes;
  private final AgencyOptions agencies;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ReferralService(ReferralRepository referrals, CaseAccess access, ServiceTypes serviceTypes,
      AgencyOptions agencies, RuntimeService runtime, IdentityService identity, Clock clock,
      ApplicationEventPublisher events) {
    this.referrals = referrals;
    this.access = access;
    this.serviceTypes = serviceTypes;
    this.agencies = agencies;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
    this.events = events;
  }

  /** A new service for a case whose referrals are running. */
  public record NewService(String serviceType, String agencyCode, String targetDate, String note) {}

  /** The referrals of a case the caller may read. */
  @Transactional(readOnly = true)
  public List<Referral> ofCase(long caseId) {
    ChildCase theCase = access.readable(caseId);
    return referrals.findByCaseIdOrderById(theCase.getId());
  }

  @Transactional
  public Referral addService(long caseId, NewService service, String userId) {
    ChildCase theCase = access.readable(caseId);
    LocalDate today = LocalDate.ofInstant(clock.instant(), UnitTimeZones.of(theCase.getRegencyCode()));
    List<FieldProblem> problems = new ArrayList<>();
    if (!serviceTypes.isKnown(service.serviceType())) {
      problems.add(new FieldProblem("serviceType", "UNKNOWN_CODE", "Pilih jenis layanan yang dikenal."));
    }
    if (!agencies.serves(service.agencyCode(), service.serviceType(), theCase.getRegencyCode())) {
      problems.add(new FieldProblem("agencyCode", "UNKNOWN_CODE",
          "Pilih mitra layanan yang memberikan layanan ini di wilayah kasus."));
    }
    LocalDate target = null;
    try {
      target = service.targetDate() == null ? null : LocalDate.parse(service.targetDate());
    } catch (DateTimeParseException e) {
      target = null;
    }
    if (target == null || target.isBefore(today)) {
      problems.add(new FieldProblem("targetDate", "DATE", "Isi tanggal target (tttt-bb-hh), paling cepat hari ini."));
    }
    if (service.note() != null && service.note().length() > 1000) {
      problems.add(new FieldProblem("note", "LENGTH", "Keterangan paling banyak 1000 karakter."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    if (theCase.getStatus() != CaseStatus.OPEN
        || (theCase.getStage() != CaseStage.REFERRAL && theCase.getStage() != CaseStage.MONITORING)) {
      throw ApiException.conflict("CASE_NOT_IN_REFERRAL_STAGE",
          "Services can be added once the plan is approved and until termination is proposed; this case is in "
              + "another stage.");
    }
    Referral referral = referrals.save(new Referral(theCase.getId(), null, service.serviceType(),
        service.agencyCode(), theCase.getRegencyCode(), target, userId, clock.instant()));
    events.publishEvent(ReferralStatusChanged.of(referral));
    try {
      // CaseAccess has allowed the caller; the engine acts for the application.
      Privileged.asApplication(identity, () -> runtime.createMessageCorrelation(ReferralVariables.MESSAGE_SERVICE_ADDED)
          .processInstanceId(theCase.getProcessInstanceId())
          .setVariableLocal(ReferralVariables.REFERRAL_ID, referral.getId())
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("CASE_NOT_IN_REFERRAL_STAGE",
          "The case's process does not accept new services at its current step.");
    }
    return referral;
  }

  @Transactional
  public void cancel(long referralId, String reason, String userId) {
    Referral referral = referrals.findById(referralId)
        .orElseThrow(() -> ApiException.notFound(REFERRAL_NOT_FOUND, "No such referral."));
    access.readable(referral.getCaseId());
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw ApiException.validation(List.of(new FieldProblem("reason", "REQUIRED",
          "Tuliskan alasan pembatalan (paling banyak 1000 karakter).")));
    }
    if (referral.getStatus() == ReferralStatus.VERIFIED || referral.getStatus() == ReferralStatus.CANCELLED) {
      throw new ApiException(HttpStatus.CONFLICT, "REFERRAL_CLOSED", "The referral is already " + referral.getStatus());
    }
    try {
      Privileged.asApplication(identity, () -> runtime.createMessageCorrelation(ReferralVariables.MESSAGE_CANCEL)
          .processInstanceVariableEquals(ReferralVariables.REFERRAL_ID, referral.getId())
          .setVariable(ReferralCancellation.REASON, reason.trim())
          .setVariable(ReferralCancellation.BY, userId)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("REFERRAL_NOT_RUNNING", "The referral has no running process to cancel.");
    }
  }
}
