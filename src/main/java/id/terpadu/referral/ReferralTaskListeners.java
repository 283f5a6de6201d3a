package id.terpadu.referral;

import static id.terpadu.referral.ReferralVariables.*;

import id.terpadu.process.FormValues;
import id.terpadu.process.TaskActor;
import id.terpadu.region.UnitTimeZones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the referral process's tasks, one bean each (named as the BPMN refers to them). Each
 * checks its form on the server and moves the referral on in the case file.
 */
@Configuration
public class ReferralTaskListeners {

  private final ReferralRepository referrals;
  private final AgencyOptions agencies;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ReferralTaskListeners(ReferralRepository referrals, AgencyOptions agencies, Clock clock,
      ApplicationEventPublisher events) {
    this.referrals = referrals;
    this.agencies = agencies;
    this.clock = clock;
    this.events = events;
  }

  /** The agency accepts, or declines with a reason. */
  @Bean
  TaskListener recordReferralDecision() {
    return task -> {
      Referral referral = referralOf(task);
      String decision = FormValues.text(task, "referralDecision");
      if ("ACCEPT".equals(decision)) {
        referral.accept(TaskActor.of(task), clock.instant());
        task.setVariable(ACCEPTED, true);
      } else if ("DECLINE".equals(decision)) {
        String reason = FormValues.text(task, "declineReason");
        if (reason == null || reason.length() > 1000) {
          throw new BadUserRequestException("Tuliskan alasan menolak rujukan (paling banyak 1000 karakter).");
        }
        referral.decline(TaskActor.of(task), clock.instant(), reason);
        task.setVariable(ACCEPTED, false);
      } else {
        throw new BadUserRequestException("Pilih: terima atau tolak rujukan.");
      }
      changed(referral);
    };
  }

  /** The caseworker's form after a decline offers the partner agencies. */
  @Bean
  TaskListener rerouteOptions() {
    return task -> agencies.offer(task, (String) task.getVariable(SERVICE_TYPE));
  }

  /** After a decline: another agency, or the referral is withdrawn. */
  @Bean
  TaskListener recordReroute() {
    return task -> {
      Referral referral = referralOf(task);
      String decision = FormValues.text(task, REROUTE_DECISION);
      String note = FormValues.text(task, "rerouteNote");
      if (note != null && note.length() > 1000) {
        throw new BadUserRequestException("Catatan paling banyak 1000 karakter.");
      }
      if ("REROUTE".equals(decision)) {
        String next = FormValues.text(task, "newAgencyCode");
        if (next == null || next.equals(referral.getAgencyCode())
            || !agencies.serves(next, referral.getServiceType(), referral.getRegencyCode())) {
          throw new BadUserRequestException("Pilih mitra lain yang memberikan layanan ini di wilayah kasus.");
        }
        referral.reroute(next, TaskActor.of(task), clock.instant());
        task.setVariable(AGENCY_CODE, next);
      } else if ("CANCEL".equals(decision)) {
        referral.cancel(TaskActor.of(task), clock.instant(), note);
      } else {
        throw new BadUserRequestException("Pilih: rujuk ke mitra lain atau batalkan rujukan.");
      }
      changed(referral);
      FormValues.forget(task, Set.of("declineReason", "referralDecision", "newAgencyCode", AgencyOptions.VARIABLE));
    };
  }

  /** The agency reports the service given (or not). */
  @Bean
  TaskListener recordServiceReport() {
    return task -> {
      Referral referral = referralOf(task);
      Referral.Outcome outcome;
      try {
        outcome = Referral.Outcome.valueOf(String.valueOf(FormValues.text(task, "serviceOutcome")));
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException("Pilih hasil layanan: selesai atau tidak dapat diberikan.");
      }
      String regency = (String) task.getVariable("regency");
      LocalDate date = date(FormValues.text(task, "serviceDate"));
      LocalDate today = LocalDate.ofInstant(clock.instant(), UnitTimeZones.of(regency));
      if (date == null || date.isAfter(today)) {
        throw new BadUserRequestException("Isi tanggal layanan; tanggal tidak boleh di masa depan.");
      }
      String note = FormValues.text(task, SERVICE_NOTE);
      if (note == null || note.length() > 2000) {
        throw new BadUserRequestException("Keterangan layanan wajib diisi (paling banyak 2000 karakter).");
      }
      referral.reportService(outcome, date, note, TaskActor.of(task), clock.instant());
      changed(referral);
      task.removeVariable("verificationNote");
    };
  }

  /** The caseworker verifies the agency's report, or returns it. */
  @Bean
  TaskListener recordVerification() {
    return task -> {
      Referral referral = referralOf(task);
      String decision = FormValues.text(task, "verificationDecision");
      Instant now = clock.instant();
      if ("VERIFIED".equals(decision)) {
        referral.verify(TaskActor.of(task), now);
        task.setVariable(VERIFIED, true);
        FormValues.forget(task, Set.of(SERVICE_NOTE));
      } else if ("RETURN".equals(decision)) {
        String note = FormValues.text(task, "verificationNote");
        if (note == null || note.length() > 1000) {
          throw new BadUserRequestException("Tuliskan apa yang perlu dilengkapi mitra (paling banyak 1000 karakter).");
        }
        referral.returnToAgency(TaskActor.of(task), now, note);
        task.setVariable(VERIFIED, false);
      } else {
        throw new BadUserRequestException("Pilih: sesuai, atau kembalikan ke mitra.");
      }
      changed(referral);
    };
  }

  private void changed(Referral referral) {
    events.publishEvent(ReferralStatusChanged.of(referral));
  }

  private Referral referralOf(DelegateTask task) {
    Long id = ((Number) task.getVariable(REFERRAL_ID)).longValue();
    return referrals.findById(id).orElseThrow(() -> new BadUserRequestException("Rujukan tidak ditemukan."));
  }

  private static LocalDate date(String value) {
    try {
      return FormValues.localDate(value);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("Tanggal harus berformat tttt-bb-hh.");
    }
  }
}
