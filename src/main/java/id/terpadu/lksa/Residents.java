package id.terpadu.lksa;

import id.terpadu.access.Caller;
import id.terpadu.casefile.CaseAccess;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.person.Person;
import id.terpadu.monitoring.CaseSituationChanged;
import id.terpadu.person.PersonAccess;
import id.terpadu.person.PersonRepository;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admissions, discharges and reading residents. A resident is a person of the registry (by id); the stay
 * optionally names the case that referred the child. A discharge to the family of a child with a case starts
 * the caseworker's monitoring ({@link PlacementFollowUp}).
 */
@Service
public class Residents {

  static final int MAX_NOTE = 1000;

  private final ResidenceRepository residences;
  private final InstitutionRepository institutions;
  private final AttendanceRepository attendance;
  private final PersonRepository persons;
  private final PersonAccess personAccess;
  private final CaseAccess caseAccess;
  private final ChildCaseRepository cases;
  private final LksaAccess access;
  private final PlacementFollowUp followUp;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public Residents(ResidenceRepository residences, InstitutionRepository institutions,
      AttendanceRepository attendance, PersonRepository persons, PersonAccess personAccess, CaseAccess caseAccess,
      ChildCaseRepository cases, LksaAccess access, PlacementFollowUp followUp, ApplicationEventPublisher events,
      Clock clock) {
    this.residences = residences;
    this.institutions = institutions;
    this.attendance = attendance;
    this.persons = persons;
    this.personAccess = personAccess;
    this.caseAccess = caseAccess;
    this.cases = cases;
    this.access = access;
    this.followUp = followUp;
    this.events = events;
    this.clock = clock;
  }

  /** Today in the institution's time zone. */
  LocalDate today(Institution institution) {
    return LocalDate.now(clock.withZone(UnitTimeZones.of(institution.getRegencyCode())));
  }

  /**
   * Admits a child of the registry.
   *
   * @throws ApiException 400 invalid fields (nothing stored), 403/404 not allowed, 409 the child already has an
   *     open stay
   */
  @Transactional
  public ResidentView admit(Caller caller, long institutionId, AdmissionInput input) {
    Institution institution = access.mayAdmit(caller, institutionId);
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = today(institution);
    Person person = null;
    if (input.personId() == null) {
      problems.add(new FieldProblem("personId", "REQUIRED", "Pilih anak dari registri orang."));
    } else {
      person = persons.findById(input.personId()).filter(p -> p.getMergedIntoId() == null).orElse(null);
      // A supervisor places children of their own region (their scope is how they find them in the registry).
      if (person == null || !personAccess.mayRead(personAccess.currentReader(input.personId(), null), person)) {
        problems.add(new FieldProblem("personId", "NOT_FOUND",
            "Anak tidak ditemukan di registri orang atau di luar wilayah kerja Anda."));
        person = null;
      }
    }
    if (input.admittedOn() == null) {
      problems.add(new FieldProblem("admittedOn", "REQUIRED", "Tanggal masuk wajib diisi."));
    } else if (input.admittedOn().isAfter(today)) {
      problems.add(new FieldProblem("admittedOn", "DATE_IN_FUTURE", "Tanggal masuk tidak boleh di masa depan."));
    } else if (input.admittedOn().isBefore(today.minusYears(25))) {
      problems.add(new FieldProblem("admittedOn", "RANGE", "Tanggal masuk terlalu lama (lebih dari 25 tahun lalu)."));
    }
    AdmissionReason reason = InstitutionInput.enumValue(problems, "reason", input.reason(), AdmissionReason.class,
        "Alasan penempatan");
    String note = note(problems, "note", input.note());
    Long caseId = input.caseId();
    String caseField = "caseId";
    String caseNumber = InstitutionInput.trim(input.caseNumber());
    if (caseId == null && caseNumber != null) {
      caseField = "caseNumber";
      caseId = cases.findByCaseNumber(caseNumber.toUpperCase(java.util.Locale.ROOT)).map(ChildCase::getId)
          .orElse(null);
      if (caseId == null) {
        problems.add(new FieldProblem(caseField, "NOT_FOUND", "Nomor kasus tidak ditemukan atau di luar wilayah kerja Anda."));
      }
    }
    if (caseId != null) {
      ChildCase theCase = null;
      try {
        theCase = caseAccess.readable(caseId);
      } catch (ApiException e) {
        problems.add(new FieldProblem(caseField, "NOT_FOUND", caseField.equals("caseId")
            ? "Kasus tidak ditemukan atau di luar wilayah kerja Anda."
            : "Nomor kasus tidak ditemukan atau di luar wilayah kerja Anda."));
      }
      if (theCase != null && person != null
          && (theCase.getChild() == null || !person.getId().equals(theCase.getChild().getId()))) {
        problems.add(new FieldProblem(caseField, "CASE_MISMATCH", "Kasus ini bukan kasus anak yang dipilih."));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    if (residences.existsByPersonIdAndDischargedOnIsNull(person.getId())) {
      throw openStayExists();
    }
    Residence residence = new Residence(institution.getId(), person.getId(), caseId, input.admittedOn(),
        reason, note, caller.userId(), clock.instant());
    try {
      residences.saveAndFlush(residence);
    } catch (DataIntegrityViolationException e) {
      throw openStayExists(); // another node admitted the same child meanwhile (lksa_residence_one_open_stay)
    }
    if (caseId != null) {
      events.publishEvent(new CaseSituationChanged(caseId));
    }
    return view(residence, institution, person);
  }

  /**
   * Ends a stay. A discharge to the family of a child whose stay names a case starts the caseworker's monitoring.
   *
   * @throws ApiException 400 invalid fields, 403/404 not allowed, 409 already discharged
   */
  @Transactional
  public ResidentView discharge(Caller caller, long residenceId, DischargeInput input) {
    Residence residence = access.mayDischarge(caller, residenceId);
    Institution institution = institutions.findById(residence.getInstitutionId()).orElseThrow();
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = today(institution);
    if (input.dischargedOn() == null) {
      problems.add(new FieldProblem("dischargedOn", "REQUIRED", "Tanggal keluar wajib diisi."));
    } else if (input.dischargedOn().isAfter(today)) {
      problems.add(new FieldProblem("dischargedOn", "DATE_IN_FUTURE", "Tanggal keluar tidak boleh di masa depan."));
    } else if (input.dischargedOn().isBefore(residence.getAdmittedOn())) {
      problems.add(new FieldProblem("dischargedOn", "RANGE", "Tanggal keluar tidak boleh sebelum tanggal masuk."));
    }
    DischargeDestination destination = InstitutionInput.enumValue(problems, "destination", input.destination(),
        DischargeDestination.class, "Tujuan keluar");
    String note = note(problems, "note", input.note());
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    if (!residence.isOpen()) {
      throw ApiException.conflict(LksaProblems.ALREADY_DISCHARGED, "This stay has already ended.");
    }
    residence.discharge(input.dischargedOn(), destination, note, caller.userId(), clock.instant());
    residences.flush();
    if (residence.getCaseId() != null) {
      if (destination == DischargeDestination.FAMILY) {
        residence.followUpStarted(followUp.start(residence, institution));
      }
      events.publishEvent(new CaseSituationChanged(residence.getCaseId()));
    }
    return view(residence, institution, persons.findById(residence.getPersonId()).orElseThrow());
  }

  @Transactional(readOnly = true)
  public ResidentView view(Caller caller, long residenceId) {
    Residence residence = access.residentForReading(caller, residenceId);
    Institution institution = institutions.findById(residence.getInstitutionId()).orElseThrow();
    return view(residence, institution, persons.findById(residence.getPersonId()).orElseThrow());
  }

  /** The residents of an institution: open stays only, or every stay. */
  @Transactional(readOnly = true)
  public List<ResidentView> list(Caller caller, long institutionId, boolean openOnly) {
    Institution institution = access.residentsReadable(caller, institutionId);
    List<Residence> stays = openOnly
        ? residences.findByInstitutionIdAndDischargedOnIsNullOrderByIdAsc(institutionId)
        : residences.findByInstitutionIdOrderByAdmittedOnDescIdDesc(institutionId);
    Map<Long, Person> people = persons.findAllById(stays.stream().map(Residence::getPersonId).toList()).stream()
        .collect(Collectors.toMap(Person::getId, Function.identity()));
    Map<Long, AttendanceStatus> todays = attendance.findByInstitutionIdAndAttendanceDate(institutionId,
        today(institution)).stream().collect(Collectors.toMap(Attendance::getResidenceId, Attendance::getStatus));
    access.listed(caller, institutionId, stays.size());
    return stays.stream().map(r -> view(r, institution, people.get(r.getPersonId()), todays.get(r.getId()))).toList();
  }

  /** The placements of a case's child, for the case's readers ({@link CaseAccess}: 404 out of scope, 403 role). */
  @Transactional(readOnly = true)
  public List<PlacementView> placementsOfCase(long caseId) {
    caseAccess.readable(caseId);
    List<Residence> stays = residences.findByCaseIdOrderByAdmittedOnDescIdDesc(caseId);
    Map<Long, Institution> byId = institutions.ofStays(stays);
    return stays.stream().map(r -> PlacementView.of(r, byId.get(r.getInstitutionId()))).toList();
  }

  private ResidentView view(Residence r, Institution i, Person p) {
    AttendanceStatus today = r.isOpen() ? attendance.findByResidenceIdAndAttendanceDate(r.getId(), today(i))
        .map(Attendance::getStatus).orElse(null) : null;
    return view(r, i, p, today);
  }

  private static ResidentView view(Residence r, Institution i, Person p, AttendanceStatus today) {
    return new ResidentView(r.getId(), i.getId(), i.getName(), r.getPersonId(), p == null ? null : p.getName(),
        p == null ? null : p.getSex(), p == null ? null : p.getBirthDate(), r.getCaseId(), r.getAdmittedOn(),
        r.getAdmissionReason(), r.getAdmissionReason().label(), r.getAdmissionNote(), r.getDischargedOn(),
        r.getDischargeDestination(), r.getDischargeDestination() == null ? null : r.getDischargeDestination().label(),
        r.getDischargeNote(), r.getFollowUpProcessId() != null, r.isOpen() ? today : null, r.getVersion());
  }

  private static String note(List<FieldProblem> problems, String field, String value) {
    String clean = InstitutionInput.trim(value);
    if (clean != null && clean.length() > MAX_NOTE) {
      problems.add(new FieldProblem(field, "LENGTH", "Catatan paling panjang " + MAX_NOTE + " karakter."));
    }
    return clean;
  }

  private static ApiException openStayExists() {
    return ApiException.conflict(LksaProblems.OPEN_STAY_EXISTS,
        "This child already lives in an institution; discharge that stay first.");
  }
}
