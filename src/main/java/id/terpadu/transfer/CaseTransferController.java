package id.terpadu.transfer;

import id.terpadu.casefile.CaseAccess;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.Roles;
import id.terpadu.region.RegionLevel;
import id.terpadu.security.StaffAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case transfers between regencies: the sending unit's supervisor or head proposes (and may withdraw), the
 * receiving unit's supervisor or head accepts or declines (here or in Tasklist); the unit that holds a case
 * reads its transfers with their reasons; supervisors and heads list the transfers into and out of their
 * region (both units keep the record, whatever the outcome).
 */
@RestController
public class CaseTransferController {

  /** At most this many transfers are listed, newest first. */
  static final int LIST_LIMIT = 200;

  private final CaseTransferService service;
  private final CaseTransferRepository transfers;
  private final CaseAccess access;
  private final OrganisationService organisation;

  CaseTransferController(CaseTransferService service, CaseTransferRepository transfers, CaseAccess access,
      OrganisationService organisation) {
    this.service = service;
    this.transfers = transfers;
    this.access = access;
    this.organisation = organisation;
  }

  /** A decline needs a note; a withdrawal may have one. */
  public record DecisionNote(String note) {}

  @Operation(summary = "Propose to transfer an open case to the unit of another regency (the family moved); "
      + "the receiving unit accepts or declines")
  @PostMapping("/api/cases/{id}/transfer")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public TransferView propose(@PathVariable long id, @RequestBody CaseTransferService.TransferRequest request,
      @AuthenticationPrincipal String userId) {
    return TransferView.of(service.propose(id, request, userId), true);
  }

  @Operation(summary = "The receiving unit accepts a proposed transfer: the case moves to it")
  @PostMapping("/api/case-transfers/{id}/accept")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public TransferView accept(@PathVariable long id) {
    return TransferView.of(service.accept(id), true);
  }

  @Operation(summary = "The receiving unit declines a proposed transfer, with a note: the case stays")
  @PostMapping("/api/case-transfers/{id}/decline")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public TransferView decline(@PathVariable long id, @RequestBody(required = false) DecisionNote body) {
    return TransferView.of(service.decline(id, body == null ? null : body.note()), false);
  }

  @Operation(summary = "The sending unit withdraws its proposed transfer: the case stays")
  @PostMapping("/api/case-transfers/{id}/withdraw")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public TransferView withdraw(@PathVariable long id, @RequestBody(required = false) DecisionNote body) {
    return TransferView.of(service.withdraw(id, body == null ? null : body.note()), true);
  }

  @Operation(summary = "The transfers of a case, oldest first, with their reasons and decision notes")
  @GetMapping("/api/cases/{id}/transfers")
  @Transactional(readOnly = true)
  public List<TransferView> ofCase(@PathVariable long id) {
    access.readable(id);
    return transfers.findByCaseIdOrderByProposedAtAscIdAsc(id).stream().map(t -> TransferView.of(t, true))
        .toList();
  }

  @Operation(summary = "Transfers into and out of the caller's region with their status, newest first (no reasons)")
  @GetMapping("/api/case-transfers")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head', 'GROUP_camunda-admin')")
  @Transactional(readOnly = true)
  public List<TransferView> list() {
    StaffAuthentication caller = (StaffAuthentication) SecurityContextHolder.getContext().getAuthentication();
    Specification<CaseTransfer> where = caller.groupIds().contains(Roles.ADMIN) ? Specification.unrestricted()
        : touching(organisation.scopeOf(caller.userId()));
    return transfers.findAll(where, PageRequest.of(0, LIST_LIMIT,
            Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.desc("id"))))
        .stream().map(t -> TransferView.of(t, false)).toList();
  }

  /** Transfers whose sending or receiving side lies in the scope. */
  static Specification<CaseTransfer> touching(List<String> scope) {
    return (root, query, cb) -> {
      List<Predicate> any = new ArrayList<>();
      for (String code : scope) {
        RegionLevel level = RegionLevel.find(code).orElse(null);
        if (level == null) {
          continue;
        }
        for (String side : List.of("from", "to")) {
          any.add(switch (level) {
            case PROVINCE -> cb.like(root.get(side + "Regency"), code + "%");
            case REGENCY -> cb.equal(root.get(side + "Regency"), code);
            case DISTRICT -> cb.equal(root.get(side + "District"), code);
            case VILLAGE -> cb.equal(root.get(side + "Village"), code);
          });
        }
      }
      return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    };
  }

  /**
   * A transfer as the API shows it. The reason and the decision note (free text) only to the unit that holds
   * the case and to the sending unit that proposed or withdrew it.
   */
  public record TransferView(long id, long caseId, String caseNumber, CaseTransferStatus status, String fromRegency,
      String toRegency, String toDistrict, String toVillage, String previousCaseworkerId, String reason,
      String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote,
      String processInstanceId) {

    static TransferView of(CaseTransfer t, boolean withReason) {
      return new TransferView(t.getId(), t.getCaseId(), t.getCaseNumber(), t.getStatus(), t.getFromRegency(),
          t.getToRegency(), t.getToDistrict(), t.getToVillage(), t.getPreviousCaseworkerId(),
          withReason ? t.getReason() : null, t.getProposedBy(), t.getProposedAt(), t.getDecidedBy(),
          t.getDecidedAt(), withReason ? t.getDecisionNote() : null, t.getProcessInstanceId());
    }
  }
}
