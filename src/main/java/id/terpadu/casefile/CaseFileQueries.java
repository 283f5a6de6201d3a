package id.terpadu.casefile;

import id.terpadu.person.Person;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.UnitTimeZones;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the case file: one case, a filtered page of cases, a case's timeline. Every read goes
 * through {@link CaseAccess} first.
 */
@Service
@Transactional(readOnly = true)
public class CaseFileQueries {

  private final CaseAccess access;
  private final CaseCategories categories;
  private final RegionDirectory regions;
  private final CaseTimeline timeline;
  private final EntityManager entityManager;
  private final Clock clock;

  public CaseFileQueries(CaseAccess access, CaseCategories categories, RegionDirectory regions,
      CaseTimeline timeline, EntityManager entityManager, Clock clock) {
    this.access = access;
    this.categories = categories;
    this.regions = regions;
    this.timeline = timeline;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** One case file, as far as the caller may see it. */
  public CaseDetail detail(long caseId) {
    CaseAccess.Reader reader = access.currentReader();
    ChildCase c = access.readable(reader, caseId);
    boolean contact = reader.seesReporterContact();
    CaseDetail.Reporter reporter = new CaseDetail.Reporter(c.isReporterAnonymous(),
        contact ? c.getReporterName() : null, contact ? c.getReporterPhone() : null, c.getReporterRelation());
    CaseDetail.Triage triage = c.getTriageOutcome() == null ? null : new CaseDetail.Triage(c.getTriageOutcome(),
        c.getTriagedBy(), c.getTriagedAt(), c.getTriageNote(), c.getReferredTo());
    CaseDetail.Closure closure = c.getClosedAt() == null ? null
        : new CaseDetail.Closure(c.getClosureReason(), c.getClosedAt());
    return new CaseDetail(c.getId(), c.getCaseNumber(), c.getStatus(), c.getStage(), c.getRiskLevel(),
        c.getPrimaryCategory(), categories.ofCase(c.getPrimaryCategory(), c.getCategories()), c.getChannel(),
        c.getReceivedAt(), c.getRegencyCode(), regionName(c.getRegencyCode()), c.getDistrictCode(),
        regionName(c.getDistrictCode()), c.getVillageCode(), regionName(c.getVillageCode()), c.getDescription(),
        reporter, child(c), c.getCaseworkerId(), triage,
        c.getDuplicateOf() == null ? null : c.getDuplicateOf().getCaseNumber(), closure, c.getProcessInstanceId(),
        c.isHistorical(), c.getSourceNumber());
  }

  /** The caller's cases matching the query, newest received first; scope and role applied in the database. */
  public CaseSummary.Page list(CaseListQuery query) {
    String filters = query.auditFilters();
    Specification<ChildCase> where = access.readableCases(filters).and(query.filters());
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<ChildCase> counted = count.from(ChildCase.class);
    count.select(cb.count(counted)).where(where.toPredicate(counted, count, cb));
    long total = entityManager.createQuery(count).getSingleResult();
    access.listed(filters, total);

    long offset = (long) query.page() * query.size();
    if (offset >= total) {
      return new CaseSummary.Page(List.of(), query.page(), query.size(), total);
    }
    CriteriaQuery<Tuple> select = cb.createTupleQuery();
    Root<ChildCase> root = select.from(ChildCase.class);
    Join<ChildCase, Person> child = CaseListQuery.child(root);
    select.multiselect(root.get("id"), root.get("caseNumber"), root.get("status"), root.get("stage"),
            root.get("riskLevel"), root.get("primaryCategory"), root.get("receivedAt"), root.get("regencyCode"),
            root.get("caseworkerId"), child, root.get("historical"), root.get("processInstanceId"))
        .where(where.toPredicate(root, select, cb))
        .orderBy(cb.desc(root.get("receivedAt")), cb.desc(root.get("id")));
    List<CaseSummary> items = entityManager.createQuery(select).setFirstResult((int) offset)
        .setMaxResults(query.size()).getResultList().stream().map(CaseFileQueries::summary).toList();
    return new CaseSummary.Page(items, query.page(), query.size(), total);
  }

  /** A case's audit trail from the case file and its process history, oldest first. */
  public List<TimelineEntry> timeline(long caseId) {
    return timeline.of(access.readable(caseId));
  }

  private static CaseSummary summary(Tuple row) {
    Person child = row.get(9, Person.class);
    return new CaseSummary(row.get(0, Long.class), row.get(1, String.class), row.get(2, CaseStatus.class),
        row.get(3, CaseStage.class), row.get(4, RiskLevel.class), row.get(5, String.class),
        row.get(6, Instant.class), row.get(7, String.class), row.get(8, String.class),
        child == null ? null : child.getFirstName(), row.get(10, Boolean.class),
        row.get(10, Boolean.class) && row.get(2, CaseStatus.class) == CaseStatus.OPEN
            && row.get(11, String.class) == null);
  }

  private CaseDetail.Child child(ChildCase c) {
    Person p = c.getChild();
    if (p == null) {
      // An imported (historical) case knows the child's sex and birth date only, without a person record.
      if (c.getChildSex() == null && c.getChildBirthDate() == null) {
        return null;
      }
      return new CaseDetail.Child(null, null, c.getChildSex(), c.getChildBirthDate(),
          c.getChildBirthDate() == null ? null : Period.between(c.getChildBirthDate(),
              LocalDate.now(clock.withZone(UnitTimeZones.of(c.getRegencyCode())))).getYears());
    }
    Integer age = null;
    if (p.getBirthDate() != null) {
      LocalDate today = LocalDate.now(clock.withZone(UnitTimeZones.of(c.getRegencyCode())));
      age = Period.between(p.getBirthDate(), today).getYears();
    }
    return new CaseDetail.Child(p.getId(), p.getName(), p.getSex(), p.getBirthDate(), age);
  }

  private String regionName(String code) {
    return code == null ? null : regions.find(code).map(Region::getName).orElse(null);
  }
}
