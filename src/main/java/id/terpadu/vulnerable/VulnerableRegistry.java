package id.terpadu.vulnerable;

import id.terpadu.person.Person;
import id.terpadu.person.PersonAccess;
import id.terpadu.process.Privileged;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vulnerable women and children registry: registering a person in categories, reading, listing and updating
 * entries, and starting their basic-needs assessment. Who may do what is {@link VulnerableAccess}'s; the person
 * must be readable by the caller ({@link PersonAccess}).
 */
@Service
public class VulnerableRegistry {

  public static final String ENTRY_EXISTS = "VULNERABLE_ENTRY_EXISTS";
  public static final String ASSESSMENT_RUNNING = "ASSESSMENT_RUNNING";

  private final VulnerableEntryRepository entries;
  private final VulnerableCategoryRepository categories;
  private final BasicNeedsAssessmentRepository assessments;
  private final VulnerableAccess access;
  private final PersonAccess personAccess;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  public VulnerableRegistry(VulnerableEntryRepository entries, VulnerableCategoryRepository categories,
      BasicNeedsAssessmentRepository assessments, VulnerableAccess access, PersonAccess personAccess,
      RuntimeService runtime, IdentityService identity, Clock clock) {
    this.entries = entries;
    this.categories = categories;
    this.assessments = assessments;
    this.access = access;
    this.personAccess = personAccess;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /** An entry with its assessments. */
  public record Detail(EntryView entry, List<AssessmentView> assessments) {}

  /** The categories, active first in their order. */
  @Transactional(readOnly = true)
  public List<VulnerableCategory> categories() {
    access.unitStaff(null, "vulnerable:categories");
    return categories.findAllByOrderBySortOrderAscCodeAsc().stream().filter(VulnerableCategory::isActive).toList();
  }

  @Transactional
  public Detail register(Long personId, List<EntryRules.CategoryInput> inputs) {
    if (personId == null) {
      throw ApiException.validation(List.of(new id.terpadu.web.FieldProblem("personId", "REQUIRED",
          "Pilih orang yang didaftarkan (personId).")));
    }
    VulnerableAccess.Reader reader = access.unitStaff(personId, null);
    Person person = personAccess.readable(personAccess.currentReader(personId, null), personId);
    if (person.getMergedIntoId() != null) {
      throw ApiException.conflict(ENTRY_EXISTS, "This person record was merged into another; register that one.");
    }
    entries.findByPersonId(personId).ifPresent(existing -> {
      throw ApiException.conflict(ENTRY_EXISTS, "This person is already registered (entry " + existing.getId()
          + "); update that entry.");
    });
    EntryRules.Result checked = EntryRules.check(inputs, categoryMap(), person.getSex(),
        EntryView.age(person.getBirthDate(), today()));
    if (!checked.valid()) {
      throw ApiException.validation(checked.problems());
    }
    VulnerableEntry entry = entries.saveAndFlush(new VulnerableEntry(person, checked.categories(),
        reader.caller().userId(), clock.instant()));
    startAssessment(entry);
    return detail(entry, reader);
  }

  @Transactional
  public Detail update(long entryId, List<EntryRules.CategoryInput> inputs) {
    VulnerableAccess.Reader reader = access.unitStaff(null, "vulnerableEntry=" + entryId);
    VulnerableEntry entry = access.readable(reader, entryId);
    Person person = entry.getPerson();
    EntryRules.Result checked = EntryRules.check(inputs, categoryMap(), person.getSex(),
        EntryView.age(person.getBirthDate(), today()));
    if (!checked.valid()) {
      throw ApiException.validation(checked.problems());
    }
    entry.update(checked.categories(), reader.caller().userId(), clock.instant());
    entries.saveAndFlush(entry);
    return detail(entry, reader);
  }

  @Transactional(readOnly = true)
  public Detail read(long entryId) {
    VulnerableAccess.Reader reader = access.unitStaff(null, "vulnerableEntry=" + entryId);
    return detail(access.readable(reader, entryId), reader);
  }

  @Transactional(readOnly = true)
  public EntryView.Page list(EntryFilter filter) {
    VulnerableAccess.Reader reader = access.unitStaff(null, filter.describe());
    LocalDate today = today();
    Specification<VulnerableEntry> where = access.readableEntries(reader.caller()).and(filter.specification(today));
    Page<VulnerableEntry> page = entries.findAll(where,
        PageRequest.of(filter.page(), filter.size(), Sort.by("regencyCode", "districtCode", "villageCode", "id")));
    access.listed(reader.caller(), filter.describe(), page.getTotalElements());
    Map<String, VulnerableCategory> labels = categoryMap();
    return new EntryView.Page(page.getContent().stream()
        .map(e -> EntryView.of(e, reader.seesFullNik(), labels, today)).toList(), filter.page(), filter.size(),
        page.getTotalElements());
  }

  /** Starts a new assessment of an entry whose last one is verified (or that has none running). */
  @Transactional
  public Detail reassess(long entryId) {
    VulnerableAccess.Reader reader = access.unitStaff(null, "vulnerableEntry=" + entryId);
    VulnerableEntry entry = access.readable(reader, entryId);
    if (entry.getAssessmentStatus() == AssessmentStatus.RECORDING
        || entry.getAssessmentStatus() == AssessmentStatus.AWAITING_VERIFICATION) {
      throw ApiException.conflict(ASSESSMENT_RUNNING, "An assessment of this entry is still running.");
    }
    startAssessment(entry);
    return detail(entry, reader);
  }

  private void startAssessment(VulnerableEntry entry) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BasicNeedsProcess.ENTRY_ID, entry.getId());
    variables.put(BasicNeedsProcess.REGENCY, entry.getRegencyCode());
    entry.assessment(AssessmentStatus.RECORDING, null);
    ProcessInstance started = Privileged.asApplication(identity, () -> runtime
        .createProcessInstanceByKey(BasicNeedsProcess.PROCESS_KEY)
        .businessKey(BasicNeedsProcess.businessKey(entry.getId())).setVariables(variables).execute());
    entry.assessment(AssessmentStatus.RECORDING, started.getId());
    entries.saveAndFlush(entry);
  }

  private Detail detail(VulnerableEntry entry, VulnerableAccess.Reader reader) {
    return new Detail(EntryView.of(entry, reader.seesFullNik(), categoryMap(), today()),
        assessments.findByEntryIdOrderByRecordedAtAscIdAsc(entry.getId()).stream().map(AssessmentView::of).toList());
  }

  Map<String, VulnerableCategory> categoryMap() {
    Map<String, VulnerableCategory> map = new LinkedHashMap<>();
    categories.findAllByOrderBySortOrderAscCodeAsc().forEach(c -> map.put(c.getCode(), c));
    return map;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(UnitTimeZones.WIB));
  }
}
