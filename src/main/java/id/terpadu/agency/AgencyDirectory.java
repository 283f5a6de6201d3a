package id.terpadu.agency;

import id.terpadu.agency.AgencyValidator.ValidAgency;
import id.terpadu.organisation.OrganisationService;
import id.terpadu.organisation.Roles;
import id.terpadu.web.ApiException;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The partner agencies (mitra layanan) that receive referrals: who gives which service in which regency.
 * Every agency has a Camunda group {@code agency-<code>} that its referral tasks are assigned to.
 */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

  public static final String AGENCY_NOT_FOUND = "AGENCY_NOT_FOUND";
  public static final String AGENCY_EXISTS = "AGENCY_EXISTS";

  private static final Sort BY_NAME = Sort.by("name", "code");

  private final AgencyRepository agencies;
  private final AgencyValidator validator;
  private final OrganisationService organisation;

  AgencyDirectory(AgencyRepository agencies, AgencyValidator validator, OrganisationService organisation) {
    this.agencies = agencies;
    this.validator = validator;
    this.organisation = organisation;
  }

  /** The agency with this code, active or not. */
  public Optional<Agency> find(String code) {
    return code == null ? Optional.empty() : agencies.findById(code);
  }

  /**
   * The agency with this code, active or not.
   *
   * @throws ApiException {@code AGENCY_NOT_FOUND}
   */
  public Agency get(String code) {
    return find(code).orElseThrow(() -> ApiException.notFound(AGENCY_NOT_FOUND, "No agency has this code."));
  }

  /** Active agencies, by name; each filter is optional (null: any). */
  public List<Agency> list(String serviceType, String regencyCode) {
    return list(serviceType, regencyCode, false);
  }

  /**
   * Agencies by name, inactive ones too when asked; each filter is optional (null or blank: any).
   *
   * @throws ApiException {@code VALIDATION_FAILED} when a filter is not a known service type or not a
   *     regency code (a misspelt filter must not look like "no agency")
   */
  public List<Agency> list(String serviceType, String regencyCode, boolean includeInactive) {
    String service = StringUtils.hasText(serviceType) ? serviceType.trim() : null;
    String regency = StringUtils.hasText(regencyCode) ? regencyCode.trim() : null;
    validator.validateFilters(service, regency);
    return agencies.findAll(matching(service, regency, includeInactive), BY_NAME);
  }

  /** The active agencies that give this service in this regency: where a referral can go. */
  public List<Agency> agenciesFor(String serviceType, String regencyCode) {
    if (serviceType == null || regencyCode == null) {
      return List.of();
    }
    return agencies.findAll(matching(serviceType, regencyCode, false), BY_NAME);
  }

  /**
   * Registers a new agency and makes sure its Camunda group exists.
   *
   * @throws ApiException {@code VALIDATION_FAILED} listing every invalid field; {@code AGENCY_EXISTS}
   *     when the code is taken (by an active or a deactivated agency)
   */
  @Transactional
  public Agency create(AgencyInput input) {
    ValidAgency valid = validator.validate(input, null);
    if (agencies.existsById(valid.code())) {
      throw exists();
    }
    Agency agency = new Agency(valid.code(), Roles.agencyGroup(valid.code()));
    apply(agency, valid);
    try {
      agencies.saveAndFlush(agency);
    } catch (DataIntegrityViolationException e) {
      throw exists(); // created meanwhile by another request
    }
    organisation.ensureAgency(agency.getCode(), agency.getName());
    return agency;
  }

  /**
   * Replaces an agency's name, contacts, regencies and service types (and its active flag when given).
   *
   * @throws ApiException {@code AGENCY_NOT_FOUND}; {@code VALIDATION_FAILED} listing every invalid field
   */
  @Transactional
  public Agency update(String code, AgencyInput input) {
    Agency agency = get(code);
    ValidAgency valid = validator.validate(input, code);
    apply(agency, valid);
    organisation.renameAgency(agency.getCode(), agency.getName());
    return agency;
  }

  /**
   * Takes an agency out of routing: it receives no new referrals. Its record, its group and the referrals
   * it already has stay.
   *
   * @throws ApiException {@code AGENCY_NOT_FOUND}
   */
  @Transactional
  public void deactivate(String code) {
    get(code).setActive(false);
  }

  private static void apply(Agency agency, ValidAgency valid) {
    agency.describe(valid.name(), valid.email(), valid.phone());
    agency.serve(valid.regencyCodes(), valid.serviceTypes());
    if (valid.active() != null) {
      agency.setActive(valid.active());
    }
  }

  private static ApiException exists() {
    return ApiException.conflict(AGENCY_EXISTS, "An agency with this code exists already.");
  }

  private static Specification<Agency> matching(String serviceType, String regencyCode, boolean includeInactive) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!includeInactive) {
        where.add(cb.isTrue(root.get("active")));
      }
      if (serviceType != null) {
        where.add(cb.isMember(serviceType, root.<Collection<String>>get("serviceTypes")));
      }
      if (regencyCode != null) {
        where.add(cb.isMember(regencyCode, root.<Collection<String>>get("regencyCodes")));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
