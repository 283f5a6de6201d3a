package id.terpadu.referral;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Referrals of a case: list, add a service while referrals run, cancel one referral. */
@RestController
public class ReferralController {

  private final ReferralService referrals;

  public ReferralController(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Operation(summary = "The referrals of a case, with every status change")
  @GetMapping("/api/cases/{caseId}/referrals")
  public List<ReferralView> ofCase(@PathVariable long caseId) {
    return referrals.ofCase(caseId).stream().map(ReferralView::of).toList();
  }

  @Operation(summary = "Add a service while the case's referrals run: starts one more referral")
  @PostMapping("/api/cases/{caseId}/referrals")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_caseworker', 'GROUP_supervisor')")
  public ReferralView add(@PathVariable long caseId, @RequestBody ReferralService.NewService service,
      @AuthenticationPrincipal String userId) {
    return ReferralView.of(referrals.addService(caseId, service, userId));
  }

  @Operation(summary = "Cancel a running referral, with a reason")
  @PostMapping("/api/referrals/{referralId}/cancel")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyAuthority('GROUP_caseworker', 'GROUP_supervisor')")
  public void cancel(@PathVariable long referralId, @RequestBody Cancellation cancellation,
      @AuthenticationPrincipal String userId) {
    referrals.cancel(referralId, cancellation.reason(), userId);
  }

  /** Why the referral is cancelled. */
  public record Cancellation(String reason) {}

  /** A referral as the API shows it. */
  public record ReferralView(long id, String serviceType, String agencyCode, LocalDate targetDate,
      ReferralStatus status, String declineReason, String outcome, LocalDate serviceDate,
      List<Change> history) {

    static ReferralView of(Referral r) {
      return new ReferralView(r.getId(), r.getServiceType(), r.getAgencyCode(), r.getTargetDate(), r.getStatus(),
          r.getDeclineReason(), r.getOutcome() == null ? null : r.getOutcome().name(), r.getServiceDate(),
          r.getHistory().stream().map(h -> new Change(h.getStatus(), h.getAgencyCode(), h.getAt(), h.getBy()))
              .toList());
    }
  }

  /** One status change of a referral. */
  public record Change(ReferralStatus status, String agencyCode, Instant at, String by) {}
}
