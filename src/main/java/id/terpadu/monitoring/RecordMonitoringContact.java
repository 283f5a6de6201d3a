package id.terpadu.monitoring;

import id.terpadu.casefile.CaseVariables;
import id.terpadu.casefile.ChildCase;
import id.terpadu.casefile.ChildCaseRepository;
import id.terpadu.casefile.ClosureReason;
import id.terpadu.monitoring.MonitoringContact.ChildSituation;
import id.terpadu.monitoring.MonitoringContact.ContactType;
import id.terpadu.monitoring.MonitoringContact.NextStep;
import id.terpadu.plan.PlannedService;
import id.terpadu.plan.PlannedServiceRows;
import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import id.terpadu.referral.AgencyOptions;
import id.terpadu.referral.ReferralChanges;
import id.terpadu.referral.ServiceStage;
import id.terpadu.region.UnitTimeZones;
import id.terpadu.termination.RecordTerminationDecision;
import id.terpadu.termination.TerminationProposals;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A monitoring contact, checked on the server and stored in the case file, with what the caseworker
 * decided in it: services added (the process sends them), running referrals cancelled (with a reason), the
 * case put on or taken off the case-conference agenda, and the next step — keep monitoring or propose
 * termination with a reason and a summary. Sets {@code monitoringNext} for the process:
 * {@code CONTINUE}, {@code ADD_SERVICES} or {@code PROPOSE_TERMINATION}.
 */
@Component("recordMonitoringContact")
public class RecordMonitoringContact implements TaskListener {

  public static final String NEXT = "monitoringNext";
  static final int MAX_SERVICES = 10;
  static final Set<String> FORM_INPUTS = Set.of("confidentialMonitoringNote", "confidentialAddedServices",
      "confidentialCancelReason", "confidentialConferenceReason", "confidentialTerminationSummary",
      "cancelReferralIds", "addServices", "contactType", "contactDate", "childSituation", "nextStep",
      "terminationReason",
      MonitoringForms.SUMMARY, MonitoringForms.OPEN_REFERRALS, AgencyOptions.VARIABLE,
      RecordTerminationDecision.RETURN_COMMENT);

  private final MonitoringContactRepository contacts;
  private final ChildCaseRepository cases;
  private final PlannedServiceRows serviceRows;
  private final ReferralChanges referrals;
  private final ServiceStage stage;
  private final TerminationProposals terminations;
  private final Clock clock;

  public RecordMonitoringContact(MonitoringContactRepository contacts, ChildCaseRepository cases,
      PlannedServiceRows serviceRows, ReferralChanges referrals, ServiceStage stage,
      TerminationProposals terminations, Clock clock) {
    this.contacts = contacts;
    this.cases = cases;
    this.serviceRows = serviceRows;
    this.referrals = referrals;
    this.stage = stage;
    this.terminations = terminations;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
    String regency = (String) task.getVariable(CaseVariables.REGENCY);
    ChildCase theCase = cases.findById(caseId)
        .orElseThrow(() -> new BadUserRequestException("Kasus untuk tugas ini tidak ditemukan."));
    LocalDate today = LocalDate.ofInstant(clock.instant(), UnitTimeZones.of(regency));
    String by = TaskActor.of(task);

    ContactType type = FormValues.choice(task, "contactType", ContactType.class, "Jenis kontak");
    LocalDate date = contactDate(FormValues.text(task, "contactDate"), theCase, regency, today);
    ChildSituation situation = FormValues.choice(task, "childSituation", ChildSituation.class, "Kondisi anak");
    String note = FormValues.text(task, "confidentialMonitoringNote");
    if (note == null || note.length() > 4000) {
      throw new BadUserRequestException("Catatan monev wajib diisi (paling banyak 4000 karakter).");
    }
    NextStep next = FormValues.choice(task, "nextStep", NextStep.class, "Langkah berikutnya");

    List<Map<String, String>> rows = FormValues.objects(task, "confidentialAddedServices").stream()
        .filter(row -> row.values().stream().anyMatch(v -> v != null && !v.isBlank())).toList();
    if (rows.size() > MAX_SERVICES) {
      throw new BadUserRequestException("Tambahkan paling banyak " + MAX_SERVICES + " layanan sekaligus.");
    }
    if (!rows.isEmpty() && next == NextStep.PROPOSE_TERMINATION) {
      throw new BadUserRequestException("Layanan baru tidak dapat ditambahkan bersama usulan terminasi.");
    }
    List<PlannedService> added = serviceRows.parse(rows, regency, today);

    Set<Long> toCancel = new LinkedHashSet<>();
    for (String id : FormValues.list(task, "cancelReferralIds")) {
      try {
        toCancel.add(Long.parseLong(id.trim()));
      } catch (NumberFormatException e) {
        throw new BadUserRequestException("Rujukan yang dipilih untuk dibatalkan tidak dikenal.");
      }
    }
    String cancelReason = FormValues.text(task, "confidentialCancelReason");
    if (!toCancel.isEmpty() && (cancelReason == null || cancelReason.length() > 1000)) {
      throw new BadUserRequestException("Tuliskan alasan pembatalan rujukan (paling banyak 1000 karakter).");
    }

    boolean conference = FormValues.flag(task, MonitoringForms.CONFERENCE);
    String conferenceReason = FormValues.text(task, "confidentialConferenceReason");
    if (conferenceReason != null && conferenceReason.length() > 1000) {
      throw new BadUserRequestException("Alasan konferensi kasus paling banyak 1000 karakter.");
    }

    ClosureReason terminationReason = null;
    String terminationSummary = null;
    if (next == NextStep.PROPOSE_TERMINATION) {
      terminationReason = FormValues.choice(task, "terminationReason", ClosureReason.class, "Alasan terminasi");
      terminationSummary = FormValues.text(task, "confidentialTerminationSummary");
      if (terminationSummary == null || terminationSummary.length() > 4000) {
        throw new BadUserRequestException("Ringkasan terminasi wajib diisi (paling banyak 4000 karakter).");
      }
    }

    // Everything is valid: act.
    for (Long referralId : toCancel) {
      referrals.cancel(caseId, referralId, cancelReason, by);
    }
    referrals.addServices(caseId, regency, added, by);
    theCase.setConferenceAgenda(conference, conferenceReason);
    contacts.save(new MonitoringContact(caseId, type, date, situation, note, next, added.size(), toCancel.size(), by,
        clock.instant()));
    String processNext;
    if (next == NextStep.PROPOSE_TERMINATION) {
      terminations.propose(caseId, terminationReason, terminationSummary, by);
      processNext = "PROPOSE_TERMINATION";
    } else {
      stage.refresh(caseId, false);
      processNext = added.isEmpty() ? "CONTINUE" : "ADD_SERVICES";
    }
    task.setVariable(NEXT, processNext);
    task.setVariable(MonitoringForms.CONFERENCE, conference);
    FormValues.forget(task, FORM_INPUTS);
  }

  private static LocalDate contactDate(String value, ChildCase theCase, String regency, LocalDate today) {
    LocalDate date;
    try {
      date = FormValues.localDate(value);
    } catch (DateTimeParseException e) {
      date = null;
    }
    LocalDate received = LocalDate.ofInstant(theCase.getReceivedAt(), UnitTimeZones.of(regency));
    if (date == null || date.isAfter(today) || date.isBefore(received)) {
      throw new BadUserRequestException("Isi tanggal kontak monev: tidak sebelum pengaduan diterima dan tidak "
          + "melewati hari ini.");
    }
    return date;
  }

}
