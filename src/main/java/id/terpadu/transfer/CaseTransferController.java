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
 * Case transfers between regencies: the sending unit's supervisor or head transfers a case; the unit that holds
 * a case reads its transfers; supervisors and heads list the transfers into and out of their region (both
 * units keep the record after the case has left).
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

  @Operation(summary = "Transfer an open case to the unit of another regency (the family moved)")
  @PostMapping("/api/cases/{id}/transfer")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head')")
  public TransferView transfer(@PathVariable long id, @RequestBody CaseTransferService.TransferRequest request,
      @AuthenticationPrincipal String userId) {
    return TransferView.of(service.transfer(id, request, userId), true);
  }

  @Operation(summary = "The transfers of a case, oldest first, with their reasons")
  @GetMapping("/api/cases/{id}/transfers")
  @Transactional(readOnly = true)
  public List<TransferView> ofCase(@PathVariable long id) {
    access.readable(id);
    return transfers.findByCaseIdOrderByTransferredAtAscIdAsc(id).stream().map(t -> TransferView.of(t, true))
        .toList();
  }

  @Operation(summary = "Transfers into and out of the caller's region, newest first (no reasons)")
  @GetMapping("/api/case-transfers")
  @PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_head', 'GROUP_camunda-admin')")
  @Transactional(readOnly = true)
  public List<TransferView> list() {
    StaffAuthentication caller = (StaffAuthentication) SecurityContextHolder.getContext().getAuthentication();
    Specification<CaseTransfer> where = caller.groupIds().contains(Roles.ADMIN) ? Specification.unrestricted()
        : touching(organisation.scopeOf(caller.userId()));
    return transfers.findAll(where, PageRequest.of(0, LIST_LIMIT,
            Sort.by(Sort.Order.desc("transferredAt"), Sort.Order.desc("id"))))
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

  /** A transfer as the API shows it; the reason only to the unit that holds the case and to its sender. */
  public record TransferView(long id, long caseId, String caseNumber, String fromRegency, String toRegency,
      String toDistrict, String toVillage, String previousCaseworkerId, String reason, String transferredBy,
      Instant transferredAt) {

    static TransferView of(CaseTransfer t, boolean withReason) {
      return new TransferView(t.getId(), t.getCaseId(), t.getCaseNumber(), t.getFromRegency(), t.getToRegency(),
          t.getToDistrict(), t.getToVillage(), t.getPreviousCaseworkerId(), withReason ? t.getReason() : null,
          t.getTransferredBy(), t.getTransferredAt());
    }
  }
}
