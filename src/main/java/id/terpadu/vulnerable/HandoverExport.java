package id.terpadu.vulnerable;

import id.terpadu.access.Caller;
import id.terpadu.organisation.Roles;
import id.terpadu.person.Person;
import id.terpadu.region.Region;
import id.terpadu.region.RegionDirectory;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handover lists for programmes (school affirmation path, PBI health insurance, donors): the entries of the
 * caller's scope that match the filters, with names and full NIKs, for the unit's supervisors and head. Every
 * export needs a purpose and is logged (who, when, format, filters, row count, purpose) in the same transaction
 * as the query; the access log records it too.
 */
@Service
public class HandoverExport {

  public static final String EXPORT_TOO_LARGE = "EXPORT_TOO_LARGE";
  static final int MAX_ROWS = 100_000;
  static final int MAX_PURPOSE = 500;
  static final int MIN_PURPOSE = 5;

  private final VulnerableEntryRepository entries;
  private final ExportLogRepository log;
  private final VulnerableAccess access;
  private final VulnerableRegistry registry;
  private final RegionDirectory regions;
  private final Clock clock;

  public HandoverExport(VulnerableEntryRepository entries, ExportLogRepository log, VulnerableAccess access,
      VulnerableRegistry registry, RegionDirectory regions, Clock clock) {
    this.entries = entries;
    this.log = log;
    this.access = access;
    this.registry = registry;
    this.regions = regions;
    this.clock = clock;
  }

  /** The rows of the file, after logging the export. */
  public record Prepared(HandoverFile.Format format, List<List<Object>> rows, long logId) {}

  @Transactional
  public Prepared prepare(EntryFilter filter, String formatText, String purposeText) {
    Caller caller = access.exporter(filter.describe()).caller();
    List<FieldProblem> problems = new ArrayList<>();
    HandoverFile.Format format = HandoverFile.Format.parse(formatText);
    if (format == null) {
      problems.add(new FieldProblem("format", "INVALID", "Format ekspor harus csv atau xlsx."));
    }
    String purpose = purposeText == null ? null : purposeText.strip().replaceAll("\\s+", " ");
    if (purpose == null || purpose.isEmpty()) {
      problems.add(new FieldProblem("purpose", "REQUIRED",
          "Tuliskan tujuan ekspor (misalnya: usulan PBI JK ke Dinas Sosial)."));
    } else if (purpose.length() < MIN_PURPOSE) {
      problems.add(new FieldProblem("purpose", "TOO_SHORT", "Tujuan ekspor sedikitnya " + MIN_PURPOSE + " karakter."));
    } else if (purpose.length() > MAX_PURPOSE) {
      problems.add(new FieldProblem("purpose", "TOO_LONG", "Tujuan ekspor paling banyak " + MAX_PURPOSE
          + " karakter."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    LocalDate today = registry.today();
    Specification<VulnerableEntry> where = access.readableEntries(caller).and(filter.specification(today));
    Page<VulnerableEntry> found = entries.findAll(where, PageRequest.of(0, MAX_ROWS + 1,
        Sort.by("regencyCode", "districtCode", "villageCode", "id")));
    if (found.getNumberOfElements() > MAX_ROWS) {
      throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, EXPORT_TOO_LARGE,
          "More than " + MAX_ROWS + " rows: narrow the filters.",
          List.of(new FieldProblem("filters", "TOO_MANY_ROWS", "Lebih dari " + MAX_ROWS
              + " baris; persempit filter (misalnya per kecamatan).")));
    }
    Map<String, VulnerableCategory> categories = registry.categoryMap();
    Map<String, String> names = new HashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    int no = 1;
    for (VulnerableEntry entry : found.getContent()) {
      rows.add(row(no++, entry, categories, names, today));
    }
    ExportLogEntry logged = log.save(new ExportLogEntry(caller.userId(), clock.instant(), ownerUnits(caller),
        format.extension, purpose, filter.describe(), rows.size()));
    access.listed(caller, "export:" + filter.describe(), rows.size());
    return new Prepared(format, rows, logged.getId());
  }

  private List<Object> row(int no, VulnerableEntry entry, Map<String, VulnerableCategory> categories,
      Map<String, String> names, LocalDate today) {
    Person p = entry.getPerson();
    List<Object> row = new ArrayList<>();
    row.add(no);
    row.add(String.valueOf(entry.getId()));
    row.add(p.getName());
    row.add(p.getNik());
    row.add(p.getSex());
    row.add(p.getBirthDate() == null ? null : p.getBirthDate().toString());
    row.add(EntryView.age(p.getBirthDate(), today));
    row.add(entry.getVillageCode());
    row.add(name(entry.getVillageCode(), names));
    row.add(name(entry.getDistrictCode(), names));
    row.add(name(entry.getRegencyCode(), names));
    row.add(EntryView.categories(entry, categories).stream()
        .map(c -> c.label() + (c.cause() == null ? "" : " (" + BasicNeedsForms.orphanText(c.orphanType())
            + ", sebab: " + c.cause() + ")"))
        .collect(Collectors.joining("; ")));
    row.add(entry.getDtksStatus() == null ? "Belum dicocokkan" : entry.getDtksStatus().label());
    row.add(entry.getDtksPeriod());
    row.add(entry.getAssessmentStatus().label());
    return row;
  }

  private String name(String code, Map<String, String> names) {
    if (code == null) {
      return null;
    }
    return names.computeIfAbsent(code, c -> regions.find(c).map(Region::getName).orElse(c));
  }

  /** The exporter's unit regencies as {@code ,3504,3503,}: whose supervisors and head read the log row. */
  static String ownerUnits(Caller caller) {
    Set<String> units = new LinkedHashSet<>();
    for (String group : caller.groupIds()) {
      for (String role : Roles.UNIT_ROLES) {
        if (group.startsWith(role + "-") && group.length() == role.length() + 5) {
          units.add(group.substring(role.length() + 1));
        }
      }
    }
    return "," + String.join(",", units) + ",";
  }
}
