package id.terpadu.lksa;

import id.terpadu.casefile.CaseTimelineSource;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.TimelineEntry;
import id.terpadu.casefile.TimelineEntry.Type;
import id.terpadu.monitoring.CaseSituationSource;
import id.terpadu.process.FormValues;
import id.terpadu.region.UnitTimeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case child's stays in child welfare institutions that name this case, as the case's readers see them: on the
 * case timeline (the admission when it was recorded, the discharge with its destination; the dates the child came
 * and left are in the text, since they are often recorded days later) and in the monitoring form's summary. Notes
 * are read on the stay, not here.
 */
@Component
@Order(60)
class CasePlacements implements CaseTimelineSource, CaseSituationSource {

  private final ResidenceRepository residences;
  private final InstitutionRepository institutions;

  CasePlacements(ResidenceRepository residences, InstitutionRepository institutions) {
    this.residences = residences;
    this.institutions = institutions;
  }

  @Override
  public List<String> situationOf(long caseId) {
    List<String> lines = new ArrayList<>();
    staysOf(caseId).forEach((stay, institution) -> lines.add(0, stay.isOpen()
        ? "Anak tinggal di " + where(institution) + " sejak " + date(stay.getAdmittedOn()) + "."
        : "Anak pernah tinggal di " + where(institution) + " " + date(stay.getAdmittedOn()) + " s.d. "
            + date(stay.getDischargedOn()) + "; tujuan keluar: " + stay.getDischargeDestination().label() + "."));
    return lines;
  }

  @Override
  public List<TimelineEntry> entriesOf(ChildCase theCase) {
    List<TimelineEntry> entries = new ArrayList<>();
    staysOf(theCase.getId()).forEach((stay, institution) -> {
      String where = where(institution);
      entries.add(new TimelineEntry(stay.getCreatedAt(), stay.getAdmittedBy(), Type.PLACEMENT_ADMITTED,
          "Anak ditempatkan di " + where, "Tanggal masuk " + date(stay.getAdmittedOn()) + "; alasan: "
              + stay.getAdmissionReason().label()));
      if (!stay.isOpen()) {
        Instant at = stay.getDischargeRecordedAt() != null ? stay.getDischargeRecordedAt()
            : stay.getDischargedOn().atStartOfDay(UnitTimeZones.of(institution.getRegencyCode())).toInstant();
        entries.add(new TimelineEntry(at, stay.getDischargedBy(), Type.PLACEMENT_DISCHARGED,
            "Anak keluar dari " + where, "Tanggal keluar " + date(stay.getDischargedOn()) + "; tujuan: "
                + stay.getDischargeDestination().label()));
      }
    });
    return entries;
  }

  /** The case's stays, newest first, each with its institution. */
  private Map<Residence, Institution> staysOf(long caseId) {
    List<Residence> stays = residences.findByCaseIdOrderByAdmittedOnDescIdDesc(caseId);
    Map<Long, Institution> byId = institutions.ofStays(stays);
    Map<Residence, Institution> result = new LinkedHashMap<>();
    stays.forEach(stay -> result.put(stay, byId.get(stay.getInstitutionId())));
    return result;
  }

  private static String where(Institution institution) {
    return institution.getName() + " (" + institution.getType().label() + ")";
  }

  private static String date(LocalDate day) {
    return FormValues.INDONESIAN_DATE.format(day);
  }
}
