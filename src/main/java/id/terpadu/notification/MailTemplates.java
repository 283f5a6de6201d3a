package id.terpadu.notification;

import id.terpadu.process.FormValues;
import id.terpadu.region.UnitTimeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails, in Bahasa Indonesia. Each says only a case number, a task (or what to do next), a deadline
 * and a link into Tasklist, never a child's identity: the inputs ({@link TaskNotice}, {@link ReferralNotice})
 * carry nothing else.
 */
@Component
public class MailTemplates {

  static final String SUBJECT_PREFIX = "[Terpadu] ";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

  private final String baseUrl;

  public MailTemplates(@Value("${terpadu.base-url}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** A subject and a plain-text body. */
  public record Mail(String subject, String body) {}

  public Mail newTaskForGroup(TaskNotice task) {
    return taskMail("Tugas baru: ", "Ada tugas baru untuk kelompok Anda di Terpadu.", task);
  }

  public Mail taskAssigned(TaskNotice task) {
    return taskMail("Tugas untuk Anda: ", "Tugas berikut diberikan kepada Anda.", task);
  }

  public Mail deadlineReminder(TaskNotice task) {
    return taskMail("Pengingat tenggat: ", "Tenggat tugas berikut sudah tiba. Mohon segera diselesaikan.", task);
  }

  /** Level 1: the unit's supervisors; level 2 and above: the head of unit. */
  public Mail escalation(TaskNotice task, int level) {
    return taskMail("Eskalasi tenggat terlewati: ", "Tugas berikut melewati tenggatnya dan dieskalasikan kepada "
        + "Anda (tingkat " + level + "). Mohon pastikan tugas ini segera ditangani.", task);
  }

  public Mail referralSent(ReferralNotice referral) {
    return referralMail("Rujukan baru", "Unit Layanan Terpadu mengirim rujukan baru kepada lembaga Anda. Petugas "
        + "lembaga Anda dapat menerima atau menolaknya di Tasklist.", "terima atau tolak rujukan", referral, false);
  }

  public Mail referralDeclined(ReferralNotice referral) {
    return referralMail("Rujukan ditolak mitra", "Mitra layanan menolak rujukan pada kasus berikut.",
        "pilih mitra lain atau batalkan rujukan", referral, true);
  }

  public Mail referralServiceReported(ReferralNotice referral) {
    return referralMail("Mitra melaporkan layanan rujukan", "Mitra layanan telah melaporkan hasil layanan "
        + "rujukan pada kasus berikut.", "periksa dan verifikasi laporan mitra", referral, true);
  }

  /**
   * The receiving unit decided on a transfer the reader proposed: the case number and the two regencies'
   * names, never the note (free text) — the reader logs in to read it.
   */
  public Mail transferDecided(TransferNotice transfer) {
    String outcome = transfer.accepted() ? "diterima" : "ditolak";
    String subject = SUBJECT_PREFIX + "Pemindahan kasus " + outcome + caseSuffix(transfer.caseNumber());
    StringBuilder body = new StringBuilder("Yth. Bapak/Ibu,\n\n")
        .append("Usulan Anda untuk memindahkan kasus berikut telah ").append(outcome)
        .append(" oleh unit layanan tujuan.\n\n");
    body.append("Nomor kasus    : ").append(transfer.caseNumber()).append('\n');
    body.append("Dari           : ").append(transfer.fromRegencyName()).append('\n');
    body.append("Ke             : ").append(transfer.toRegencyName()).append('\n');
    body.append("Tindak lanjut  : ").append(transfer.accepted()
        ? "kasus kini ditangani unit tujuan; tugas-tugasnya sudah berpindah"
        : "kasus tetap ditangani unit Anda; baca alasan penolakan di Terpadu").append("\n\n");
    body.append("Buka Terpadu:\n").append(baseUrl).append("/\n");
    body.append(footer(true));
    return new Mail(subject, body.toString());
  }

  public Mail transferWithdrawn(TransferNotice transfer) {
    String subject = SUBJECT_PREFIX + "Usulan pemindahan kasus ditarik" + caseSuffix(transfer.caseNumber());
    StringBuilder body = new StringBuilder("Yth. Bapak/Ibu,\n\n")
        .append("Unit layanan asal telah menarik usulan pemindahan kasus berikut ke unit Anda.\n\n");
    body.append("Nomor kasus    : ").append(transfer.caseNumber()).append('\n');
    body.append("Dari           : ").append(transfer.fromRegencyName()).append('\n');
    body.append("Ke             : ").append(transfer.toRegencyName()).append('\n');
    body.append("Tindak lanjut  : tidak ada; tugas keputusan pemindahan sudah ditutup dan kasus tetap ditangani")
        .append(" unit asal\n\n");
    body.append("Buka Terpadu:\n").append(baseUrl).append("/\n");
    body.append(footer(true));
    return new Mail(subject, body.toString());
  }

  /**
   * An institution recorded no attendance of its residents by {@code time} on {@code day}: to its staff, with the
   * link to the attendance page; names the institution, never a child.
   */
  public Mail attendanceMissing(String institutionName, LocalDate day, LocalTime time, ZoneId zone) {
    return new Mail(SUBJECT_PREFIX + "Kehadiran anak hari ini belum dicatat - " + institutionName,
        "Sampai pukul " + TIME.format(time) + " " + UnitTimeZones.abbreviation(zone)
            + " belum ada kehadiran anak yang dicatat untuk " + institutionName + " pada hari ini, "
            + FormValues.INDONESIAN_DATE.format(day) + ".\n\n"
            + "Catat kehadiran setiap anak dari lembaga melalui halaman kehadiran:\n" + baseUrl + "/lksa\n\n"
            + "E-mail ini dikirim otomatis oleh Terpadu sekali sehari bila kehadiran belum dicatat.");
  }

  /**
   * An invitation to a case conference, to a partner agency's office address: the case number, when, where and
   * which unit invites; never the child (the agency reads the case at the conference).
   */
  public Mail conferenceInvitation(String caseNumber, String agencyName, ZonedDateTime at, String place) {
    String subject = SUBJECT_PREFIX + "Undangan konferensi kasus" + caseSuffix(caseNumber);
    StringBuilder body = new StringBuilder("Yth. ").append(agencyName).append(",\n\n")
        .append("Unit Layanan Terpadu mengundang lembaga Anda ke konferensi kasus berikut.\n\n");
    body.append("Nomor kasus    : ").append(caseNumber).append('\n');
    body.append("Waktu          : ").append(deadline(at.toInstant(), at.getZone())).append('\n');
    body.append("Tempat         : ").append(place).append("\n\n");
    body.append("Mohon hadir atau mengutus perwakilan yang menangani rujukan kasus ini. Rincian kasus dibahas dalam ")
        .append("konferensi dan tidak dikirim melalui e-mail.\n\n");
    body.append("Buka Terpadu:\n").append(baseUrl).append("/\n");
    body.append(footer(false));
    return new Mail(subject, body.toString());
  }

  /** The Tasklist page of one task. */
  public String taskLink(String taskId) {
    return tasklistLink() + "#/?task=" + taskId;
  }

  public String tasklistLink() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }

  private Mail taskMail(String subjectStart, String opening, TaskNotice task) {
    String subject = SUBJECT_PREFIX + subjectStart + task.taskName() + caseSuffix(task.caseNumber());
    StringBuilder body = new StringBuilder("Yth. Bapak/Ibu,\n\n").append(opening).append("\n\n");
    if (task.caseNumber() != null) {
      body.append("Nomor kasus : ").append(task.caseNumber()).append('\n');
    }
    body.append("Tugas       : ").append(task.taskName()).append('\n');
    body.append("Tenggat     : ").append(deadline(task.due(), task.zone())).append("\n\n");
    body.append("Buka tugas di Tasklist:\n").append(taskLink(task.taskId())).append("\n");
    body.append(footer(true));
    return new Mail(subject, body.toString());
  }

  private Mail referralMail(String subjectStart, String opening, String nextStep, ReferralNotice referral,
      boolean toStaff) {
    String subject = SUBJECT_PREFIX + subjectStart + caseSuffix(referral.caseNumber());
    StringBuilder body = new StringBuilder("Yth. Bapak/Ibu,\n\n").append(opening).append("\n\n");
    body.append("Nomor kasus    : ").append(referral.caseNumber()).append('\n');
    body.append("Tindak lanjut  : ").append(nextStep).append('\n');
    body.append("Target layanan : ").append(date(referral.targetDate())).append("\n\n");
    body.append("Buka Tasklist:\n").append(tasklistLink()).append("\n");
    body.append(footer(toStaff));
    return new Mail(subject, body.toString());
  }

  private static String footer(boolean toStaff) {
    return "\n-- \nPesan otomatis dari Terpadu; mohon tidak membalas e-mail ini.\n"
        + "Demi kerahasiaan anak, e-mail ini tidak memuat identitas anak. Rincian kasus hanya dapat dibaca "
        + "setelah masuk ke Terpadu.\n"
        + (toStaff ? "E-mail notifikasi dapat Anda matikan di pengaturan notifikasi akun Anda.\n" : "");
  }

  private static String caseSuffix(String caseNumber) {
    return caseNumber == null ? "" : " - " + caseNumber;
  }

  /** {@code 17 Agustus 2026 pukul 14.00 WIB}, or "tidak ada" without a deadline. */
  static String deadline(Instant due, ZoneId zone) {
    if (due == null) {
      return "tidak ada";
    }
    ZonedDateTime local = due.atZone(zone);
    return FormValues.INDONESIAN_DATE.format(local) + " pukul " + TIME.format(local) + " " + UnitTimeZones.abbreviation(zone);
  }

  static String date(LocalDate date) {
    return date == null ? "tidak ada" : FormValues.INDONESIAN_DATE.format(date);
  }
}
