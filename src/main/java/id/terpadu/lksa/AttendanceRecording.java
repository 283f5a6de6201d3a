package id.terpadu.lksa;

import id.terpadu.access.Caller;
import id.terpadu.web.ApiException;
import id.terpadu.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a resident's attendance for today (the institution's local date, the server's clock): an upsert, one row
 * per stay and day; recording again the same day corrects it. The device's location must lie within
 * {@code terpadu.lksa.attendance.max-distance-meters} of the institution (haversine on the reported point; the
 * reported accuracy is stored, not subtracted), unless staff give a reason; a missing location also needs a reason.
 */
@Service
public class AttendanceRecording {

  static final int MAX_REASON = 500;

  private final AttendanceRepository attendance;
  private final InstitutionRepository institutions;
  private final LksaAccess access;
  private final Residents residents;
  private final LksaProperties properties;
  private final Clock clock;

  public AttendanceRecording(AttendanceRepository attendance, InstitutionRepository institutions, LksaAccess access,
      Residents residents, LksaProperties properties, Clock clock) {
    this.attendance = attendance;
    this.institutions = institutions;
    this.access = access;
    this.residents = residents;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @throws ApiException 400 invalid fields, {@value LksaProblems#LOCATION_MISSING} or
   *     {@value LksaProblems#LOCATION_TOO_FAR} (nothing stored); 403/404 not allowed; 409 the stay has ended or
   *     another device recorded the same resident at the same moment
   */
  @Transactional
  public AttendanceView record(Caller caller, long residenceId, AttendanceInput input) {
    Residence residence = access.mayRecordAttendance(caller, residenceId);
    Institution institution = institutions.findById(residence.getInstitutionId()).orElseThrow();
    List<FieldProblem> problems = new ArrayList<>();
    AttendanceStatus status = AttendanceStatus.PRESENT;
    if (InstitutionInput.trim(input.status()) != null) {
      status = InstitutionInput.enumValue(problems, "status", input.status(), AttendanceStatus.class,
          "Status kehadiran");
    }
    String reason = InstitutionInput.trim(input.locationReason());
    if (reason != null && reason.length() > MAX_REASON) {
      problems.add(new FieldProblem("locationReason", "LENGTH", "Alasan paling panjang " + MAX_REASON + " karakter."));
    }
    Double latitude = input.latitude();
    Double longitude = input.longitude();
    if (latitude != null && (!Double.isFinite(latitude) || latitude < -90 || latitude > 90)) {
      problems.add(new FieldProblem("latitude", "RANGE", "Garis lintang harus antara -90 dan 90."));
    }
    if (longitude != null && (!Double.isFinite(longitude) || longitude < -180 || longitude > 180)) {
      problems.add(new FieldProblem("longitude", "RANGE", "Garis bujur harus antara -180 dan 180."));
    }
    if ((latitude == null) != (longitude == null)) {
      problems.add(new FieldProblem(latitude == null ? "latitude" : "longitude", "REQUIRED",
          "Lokasi harus berisi garis lintang dan garis bujur."));
    }
    if (input.accuracy() != null && (!Double.isFinite(input.accuracy()) || input.accuracy() < 0)) {
      problems.add(new FieldProblem("accuracy", "RANGE", "Akurasi lokasi harus 0 meter atau lebih."));
    }
    if (!problems.isEmpty()) {
      throw ApiException.validation(problems);
    }
    Double distance = LocationCheck.distance(institution, latitude, longitude, reason,
        properties.attendance().maxDistanceMeters());
    LocalDate today = residents.today(institution);
    if (!residence.residentOn(today)) {
      throw ApiException.conflict(LksaProblems.ALREADY_DISCHARGED, "The child does not live in the institution today.");
    }
    Attendance row = attendance.findByResidenceIdAndAttendanceDate(residence.getId(), today).orElse(null);
    boolean created = row == null;
    if (created) {
      row = new Attendance(residence.getId(), institution.getId(), today);
    }
    row.record(status, clock.instant(), caller.userId(), latitude, longitude, input.accuracy(), distance, reason);
    try {
      attendance.saveAndFlush(row);
    } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
      throw ApiException.conflict(LksaProblems.VERSION_CONFLICT,
          "Attendance of this resident was recorded at the same moment; reload and try again.");
    }
    return AttendanceView.of(row, created);
  }
}
