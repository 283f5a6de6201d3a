package id.terpadu.lksa;

import id.terpadu.access.Caller;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports on the institutions the caller may see ({@link LksaAccess#visibleInstitutions}): occupancy, admissions
 * and discharges per month, attendance completeness. Counts only, never a child's identity. Computed from the
 * stays of the visible institutions in Java (a regency has tens of institutions and hundreds of stays).
 */
@Service
public class LksaReports {

  static final int MAX_DAYS = 366;
  static final int MAX_MONTHS = 36;

  public record Occupancy(long institutionId, String code, String name, String regencyCode, int capacity,
      long residents, BigDecimal occupancyPercent) {}

  public record Movement(String month, long institutionId, String name, long admissions, long discharges) {}

  public record Completeness(long institutionId, String name, LocalDate from, LocalDate to, long expectedResidentDays,
      long recordedResidentDays, BigDecimal completenessPercent) {}

  private final InstitutionRepository institutions;
  private final ResidenceRepository residences;
  private final AttendanceRepository attendance;
  private final LksaAccess access;
  private final Residents residents;

  public LksaReports(InstitutionRepository institutions, ResidenceRepository residences,
      AttendanceRepository attendance, LksaAccess access, Residents residents) {
    this.institutions = institutions;
    this.residences = residences;
    this.attendance = attendance;
    this.access = access;
    this.residents = residents;
  }

  @Transactional(readOnly = true)
  public List<Occupancy> occupancy(Caller caller) {
    List<Institution> visible = visible(caller);
    Map<Long, Long> open = stays(visible).stream().filter(Residence::isOpen)
        .collect(Collectors.groupingBy(Residence::getInstitutionId, Collectors.counting()));
    return visible.stream().map(i -> {
      long count = open.getOrDefault(i.getId(), 0L);
      return new Occupancy(i.getId(), i.getCode(), i.getName(), i.getRegencyCode(), i.getCapacity(), count,
          percent(count, i.getCapacity()));
    }).toList();
  }

  /** Admissions and discharges per month (yyyy-MM, both included) and institution; months without any are left out. */
  @Transactional(readOnly = true)
  public List<Movement> movements(Caller caller, String from, String to) {
    YearMonth last = parseMonth("to", to, YearMonth.now());
    YearMonth first = parseMonth("from", from, last.minusMonths(11));
    if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
      throw ApiException.validation(List.of(new FieldProblem("from", "RANGE",
          "Rentang bulan harus urut dan paling lama " + MAX_MONTHS + " bulan.")));
    }
    List<Institution> visible = visible(caller);
    Map<Long, String> names = visible.stream().collect(Collectors.toMap(Institution::getId, Institution::getName));
    Map<String, long[]> counts = new TreeMap<>();
    for (Residence r : stays(visible)) {
      YearMonth admitted = YearMonth.from(r.getAdmittedOn());
      if (!admitted.isBefore(first) && !admitted.isAfter(last)) {
        counts.computeIfAbsent(admitted + "|" + String.format("%012d", r.getInstitutionId()), k -> new long[2])[0]++;
      }
      if (r.getDischargedOn() != null) {
        YearMonth left = YearMonth.from(r.getDischargedOn());
        if (!left.isBefore(first) && !left.isAfter(last)) {
          counts.computeIfAbsent(left + "|" + String.format("%012d", r.getInstitutionId()), k -> new long[2])[1]++;
        }
      }
    }
    List<Movement> rows = new ArrayList<>();
    counts.forEach((key, c) -> {
      long id = Long.parseLong(key.substring(key.indexOf('|') + 1));
      rows.add(new Movement(key.substring(0, key.indexOf('|')), id, names.get(id), c[0], c[1]));
    });
    return rows;
  }

  /**
   * Recorded resident-days / expected resident-days per institution between two dates (both included; default the
   * last 30 days up to each institution's today). A resident is expected from the admission day up to the day
   * before the discharge.
   */
  @Transactional(readOnly = true)
  public List<Completeness> completeness(Caller caller, LocalDate from, LocalDate to) {
    List<Institution> visible = visible(caller);
    Map<Long, List<Residence>> byInstitution = stays(visible).stream()
        .collect(Collectors.groupingBy(Residence::getInstitutionId));
    List<Completeness> rows = new ArrayList<>();
    for (Institution i : visible) {
      LocalDate last = to != null ? to : residents.today(i);
      LocalDate first = from != null ? from : last.minusDays(29);
      if (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last)) {
        throw ApiException.validation(List.of(new FieldProblem("from", "RANGE",
            "Rentang tanggal harus urut dan paling lama " + MAX_DAYS + " hari.")));
      }
      long expected = 0;
      for (Residence r : byInstitution.getOrDefault(i.getId(), List.of())) {
        LocalDate start = r.getAdmittedOn().isAfter(first) ? r.getAdmittedOn() : first;
        LocalDate end = r.getDischargedOn() == null || r.getDischargedOn().isAfter(last.plusDays(1))
            ? last.plusDays(1) : r.getDischargedOn();
        if (start.isBefore(end)) {
          expected += end.toEpochDay() - start.toEpochDay();
        }
      }
      long recorded = attendance.countByInstitutionIdAndAttendanceDateBetween(i.getId(), first, last);
      rows.add(new Completeness(i.getId(), i.getName(), first, last, expected, recorded, percent(recorded, expected)));
    }
    return rows;
  }

  private List<Institution> visible(Caller caller) {
    return institutions.findAll(access.visibleInstitutions(caller), Sort.by("regencyCode", "name", "id"));
  }

  private List<Residence> stays(List<Institution> visible) {
    return visible.isEmpty() ? List.of()
        : residences.findByInstitutionIdIn(visible.stream().map(Institution::getId).toList());
  }

  static BigDecimal percent(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
        RoundingMode.HALF_UP);
  }

  private static YearMonth parseMonth(String field, String value, YearMonth fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.validation(List.of(new FieldProblem(field, "FORMAT", "Bulan ditulis TTTT-BB, mis. 2026-11.")));
    }
  }
}
