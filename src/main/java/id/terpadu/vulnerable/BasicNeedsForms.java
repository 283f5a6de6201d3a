package id.terpadu.vulnerable;

import id.terpadu.person.Person;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Prepares the forms of the basic-needs assessment as task variables, so they go with the task:
 * <ul>
 *   <li>{@value BasicNeedsProcess#RECORD_TASK} (the unit's caseworkers): the person's name (a confidential
 *   variable, never in history), sex and age, region, categories, DTKS status, and the province's comment when
 *   the assessment came back.</li>
 *   <li>{@value BasicNeedsProcess#VERIFY_TASK} (the province): the least that verification needs — an entry
 *   reference, sex and age, district and regency, categories, DTKS status and who recorded it; never the name,
 *   NIK, birth date, village or address (docs/adr/0018-vulnerable-registry.md).</li>
 * </ul>
 */
@Component("basicNeedsForms")
public class BasicNeedsForms implements TaskListener {

  private final VulnerableEntryRepository entries;
  private final VulnerableCategoryRepository categories;
  private final BasicNeedsAssessmentRepository assessments;
  private final RegionDirectory regions;
  private final Clock clock;

  public BasicNeedsForms(VulnerableEntryRepository entries, VulnerableCategoryRepository categories,
      BasicNeedsAssessmentRepository assessments, RegionDirectory regions, Clock clock) {
    this.entries = entries;
    this.categories = categories;
    this.assessments = assessments;
    this.regions = regions;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long entryId = ((Number) task.getVariable(BasicNeedsProcess.ENTRY_ID)).longValue();
    VulnerableEntry entry = entries.findById(entryId)
        .orElseThrow(() -> new IllegalStateException("Registry entry " + entryId + " not found"));
    List<BasicNeedsAssessment> history = assessments.findByEntryIdOrderByRecordedAtAscIdAsc(entryId);
    task.setVariablesLocal(facts(entry, task.getTaskDefinitionKey(), task.getProcessInstanceId(), history));
  }

  Map<String, Object> facts(VulnerableEntry entry, String taskKey, String processInstanceId,
      List<BasicNeedsAssessment> history) {
    Map<String, Object> v = new HashMap<>();
    Person person = entry.getPerson();
    LocalDate today = LocalDate.now(clock.withZone(UnitTimeZones.of(
        entry.getRegencyCode() == null ? "35" : entry.getRegencyCode())));
    Integer age = EntryView.age(person.getBirthDate(), today);
    v.put(BasicNeedsProcess.SEX_AGE, ("P".equals(person.getSex()) ? "Perempuan" : "L".equals(person.getSex())
        ? "Laki-laki" : "Jenis kelamin belum tercatat") + ", " + (age == null ? "usia belum tercatat" : age + " tahun"));
    v.put(BasicNeedsProcess.CATEGORIES, categoryText(entry));
    v.put(BasicNeedsProcess.DTKS, entry.getDtksStatus() == null ? "Belum dicocokkan" : entry.getDtksStatus().label());
    v.put(BasicNeedsProcess.REFERENCE, BasicNeedsProcess.businessKey(entry.getId()));
    if (BasicNeedsProcess.VERIFY_TASK.equals(taskKey)) {
      v.put(BasicNeedsProcess.REGION, name(entry.getDistrictCode(), "Kecamatan") + ", "
          + name(entry.getRegencyCode(), "Kabupaten/kota"));
      history.stream().filter(a -> processInstanceId.equals(a.getProcessInstanceId()))
          .max(Comparator.comparing(BasicNeedsAssessment::getId))
          .ifPresent(a -> v.put(BasicNeedsProcess.RECORDED_BY, a.getRecordedBy()));
    } else {
      v.put(BasicNeedsProcess.PERSON_NAME, person.getName() == null ? "(nama belum tercatat)" : person.getName());
      v.put(BasicNeedsProcess.REGION, name(entry.getVillageCode(), "Desa/kelurahan") + ", "
          + name(entry.getDistrictCode(), "Kecamatan") + ", " + name(entry.getRegencyCode(), "Kabupaten/kota"));
      history.stream().filter(a -> processInstanceId.equals(a.getProcessInstanceId())
              && a.getStatus() == BasicNeedsAssessment.Status.RETURNED)
          .max(Comparator.comparing(BasicNeedsAssessment::getId))
          .ifPresent(a -> v.put(BasicNeedsProcess.RETURN_COMMENT, a.getVerificationComment()));
    }
    return v;
  }

  private String categoryText(VulnerableEntry entry) {
    Map<String, String> labels = categories.findAll().stream()
        .collect(Collectors.toMap(VulnerableCategory::getCode, VulnerableCategory::getLabel));
    return entry.getCategories().stream().map(c -> labels.getOrDefault(c.getCode(), c.getCode())
            + (c.getCause() == null ? "" : " (" + orphanText(c.getOrphanType()) + ", sebab: " + c.getCause() + ")"))
        .collect(Collectors.joining("; "));
  }

  static String orphanText(String orphanType) {
    if (orphanType == null) {
      return "-";
    }
    return switch (orphanType) {
      case "FATHER" -> "ayah meninggal";
      case "MOTHER" -> "ibu meninggal";
      case "BOTH" -> "ayah dan ibu meninggal";
      default -> orphanType;
    };
  }

  private String name(String code, String unknown) {
    if (code == null) {
      return unknown + " belum tercatat";
    }
    return regions.find(code).map(Region::getName).orElse(code);
  }
}
